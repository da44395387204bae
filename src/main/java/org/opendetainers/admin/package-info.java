/**
 * The operators' HTTP endpoints: starting an import and reading its runs, behind a token.
 *
 * <p>May import: api, importer and everything below them.
 */
package org.opendetainers.admin;
