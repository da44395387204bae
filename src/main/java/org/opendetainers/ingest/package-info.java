/**
 * Readers of the inputs: the curated CSV tables, the mapping tables, and the problems found in them
 * (file, line, reason). Readers do not write to the database except through staging.
 *
 * <p>May import: db, anonymize, domain, config.
 */
package org.opendetainers.ingest;
