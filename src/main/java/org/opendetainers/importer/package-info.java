/**
 * The import: its orchestration ({@link org.opendetainers.importer.ImportService}), the run log,
 * the nightly and start-up triggers, the record gates, and the report of each run.
 *
 * <p>May import: catalog, representation, release, ingest, db, anonymize, domain, config.
 */
package org.opendetainers.importer;
