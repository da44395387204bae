/**
 * Readers of the record-level detainer extracts: columns by name, values normalized to coarse
 * categories, identifiers hashed and staged for duplicate detection, each record handed to a {@link
 * org.opendetainers.ingest.records.RecordCounter}.
 *
 * <p>May import: ingest, db, anonymize, domain, config.
 */
package org.opendetainers.ingest.records;
