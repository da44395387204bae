/**
 * Web pages for people: server-rendered HTML (Qute) under {@code /}, beside the {@code api}
 * package.
 *
 * <p>Pages read the same releases through the same read path as the public API ({@code api.Reads}:
 * the release, its reference data in memory, the ETag and cache headers) and their rows through the
 * read-side queries ({@code query}); they hold no SQL of their own. {@link
 * org.opendetainers.pages.Pages} keeps a rendered page in the API's response cache and renders one
 * not kept under a database permit ({@code traffic}), as the API does. Each page shows the release
 * it reads and a permalink pinned to it, takes {@code ?release=}, works without JavaScript, and is
 * sent with {@code Content-Security-Policy: default-src 'self'}. Charts are drawn from the page's
 * own data tables by a script bundled at build time (ECharts, see {@code src/main/web/app}). Pages
 * are not part of the API contract: they are left out of the OpenAPI document. Every page is also
 * in Spanish under {@code /es} ({@link org.opendetainers.pages.Lang}); the texts are Qute message
 * bundles ({@link org.opendetainers.pages.PageMessages} and one per page with many texts).
 *
 * <p>May import: {@code api}, {@code traffic}, {@code query} and the layers below them.
 */
package org.opendetainers.pages;
