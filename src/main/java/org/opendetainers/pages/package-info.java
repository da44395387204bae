/**
 * Web pages for people: server-rendered HTML (Qute) under {@code /}, beside the {@code api} package.
 *
 * <p>Pages read the same releases through the same read path as the public API (the query methods of the
 * {@code api} resources, {@code Listing} for the release, its ETag and cache headers, {@code HowToCite}); they
 * hold no SQL of their own. Each page shows the release it reads and a permalink pinned to it, takes
 * {@code ?release=}, works without JavaScript, and is sent with {@code Content-Security-Policy: default-src 'self'}.
 * Charts are drawn from the page's own data tables by a script bundled at build time (ECharts, see
 * {@code src/main/web/app}). Pages are not part of the API contract: they are left out of the OpenAPI document.
 */
package org.opendetainers.pages;
