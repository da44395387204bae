/**
 * Closed vocabularies of the published entities (kinds, verification, precision of dates).
 *
 * <p>May import: config.
 */
package org.opendetainers.domain.vocabulary;
