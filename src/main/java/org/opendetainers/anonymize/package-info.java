/**
 * Disclosure control of the published detainer statistics, in plain Java: time periods
 * ({@link org.opendetainers.anonymize.Granularity}), age bands
 * ({@link org.opendetainers.anonymize.AgeBand}), the table and cell model
 * ({@link org.opendetainers.anonymize.StatTable}, {@link org.opendetainers.anonymize.StatCell}),
 * primary and complementary cell suppression ({@link org.opendetainers.anonymize.Suppressor}) and
 * the differencing attack that checks it ({@link org.opendetainers.anonymize.DifferencingAttack}).
 */
package org.opendetainers.anonymize;
