/**
 * Disclosure control of the published detainer statistics, in plain Java: the dimensions ({@link
 * org.opendetainers.anonymize.Dimension}, declared once), time periods ({@link
 * org.opendetainers.anonymize.Granularity}), age bands ({@link
 * org.opendetainers.anonymize.AgeBand}), the table and cell model ({@link
 * org.opendetainers.anonymize.StatTable}, {@link org.opendetainers.anonymize.StatCell}), primary
 * and complementary cell suppression ({@link org.opendetainers.anonymize.Suppressor}) and the
 * differencing attack that checks it ({@link org.opendetainers.anonymize.DifferencingAttack}), the
 * linear-programming audit ({@link org.opendetainers.anonymize.LinearAudit}) with what an attacker
 * knows beyond the published cells ({@link org.opendetainers.anonymize.Knowledge}: the finer cells
 * the tables imply, the coverage), and the suppression it drives, which withholds what it cannot
 * protect ({@link org.opendetainers.anonymize.AuditedSuppressor}).
 *
 * <p>May import: domain, config (in practice: nothing of this application).
 */
package org.opendetainers.anonymize;
