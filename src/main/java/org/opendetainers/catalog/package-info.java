/**
 * The open-data catalog: writing each release's downloads (CSV, gzip, Frictionless descriptors,
 * data dictionary), storing them in PostgreSQL, and reading them back in ranges.
 *
 * <p>May import: representation, release, ingest, db, anonymize, domain, config.
 */
package org.opendetainers.catalog;
