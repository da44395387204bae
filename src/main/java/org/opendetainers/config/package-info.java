/**
 * Typed configuration ({@code @ConfigMapping}) of every part, under {@code opendetainers.*}.
 *
 * <p>May import: problem and devdb only (in practice: nothing of this application).
 */
package org.opendetainers.config;
