/**
 * Tools for measurement, not for serving: the synthetic extract generator that the import
 * benchmarks use ({@code java -jar … generate}). Nothing in the service depends on it.
 *
 * <p>May import: everything below the entry points.
 */
package org.opendetainers.tools;
