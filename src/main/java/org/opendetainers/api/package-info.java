/**
 * The public read API under {@code /v1}: resources that declare their filters, sort key and view,
 * and the one read path that answers them (release, parameters, query, JSON or CSV, caching
 * headers).
 *
 * <p>May import: traffic, importer (run log for {@code /v1/status}), catalog, representation,
 * release, and below.
 */
package org.opendetainers.api;
