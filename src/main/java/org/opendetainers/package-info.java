/**
 * OpenDetainers: anonymized, aggregated data on ICE immigration detainers and the cooperation
 * policies of local governments, published as immutable releases through a versioned REST API,
 * open-data downloads and web pages.
 *
 * <p>This package holds only the command line ({@link org.opendetainers.OpenDetainersMain}). The
 * packages form one order, each importing only those below it (checked by {@code
 * ArchitectureTest}):
 *
 * <pre>
 * tools, admin, pages, health → api → traffic → query → importer → catalog → representation → release
 *   → ingest → db → anonymize → domain → config → problem, devdb
 * </pre>
 */
package org.opendetainers;
