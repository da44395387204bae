/**
 * PostgreSQL helpers shared by every writer: the COPY writer and the import's advisory lock.
 *
 * <p>May import: anonymize, domain, config.
 */
package org.opendetainers.db;
