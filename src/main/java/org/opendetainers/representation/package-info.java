/**
 * What a published row looks like to the outside: the JSON views, their CSV columns, Table Schema
 * fields and citations. The API and the open-data files both use it, so they cannot drift apart.
 *
 * <p>May import: release, ingest, db, anonymize, domain, config.
 */
package org.opendetainers.representation;
