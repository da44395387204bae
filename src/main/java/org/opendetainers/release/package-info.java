/**
 * Releases: writing the rows of one release, computing its protected statistics, its disclosure
 * report, and the one store that answers which release is current, one by id, or the one a read
 * names.
 *
 * <p>May import: ingest, db, anonymize, domain, config.
 */
package org.opendetainers.release;
