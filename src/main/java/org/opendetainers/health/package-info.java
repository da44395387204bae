/**
 * Readiness and liveness checks for {@code /q/health}.
 *
 * <p>May import: api and everything below it.
 */
package org.opendetainers.health;
