/**
 * The queries behind the public reads: each class answers one kind of row of one release (figures,
 * policies, detainer-statistics cells, coverage, releases), and {@link
 * org.opendetainers.query.References} keeps each release's reference data in memory. All SQL and
 * JPQL of the read side lives here; resources and pages only call these classes.
 *
 * <p>May import: catalog, representation, release, ingest, db, anonymize, domain, config and
 * problem (never api or importer).
 */
package org.opendetainers.query;
