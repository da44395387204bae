/**
 * The embedded PostgreSQL that dev mode and tests start when no database URL is configured.
 *
 * <p>May import: nothing of this application.
 */
package org.opendetainers.devdb;
