/**
 * The published entities as stored (one row per release and id), and their vocabularies.
 *
 * <p>May import: config.
 */
package org.opendetainers.domain;
