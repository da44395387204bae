/**
 * Tools for measurement, not for serving: the synthetic extract generator that the import
 * benchmarks use ({@code java -jar … generate}), and the converters that write curated files of
 * {@code data-seed/} from public lists ({@code AgreementSheets} with {@code AgreementPages}, {@code
 * FacilityLists}). Nothing in the service depends on them.
 *
 * <p>May import: everything below the entry points.
 */
package org.opendetainers.tools;
