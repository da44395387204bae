package org.opendetainers.ingest;

import java.time.LocalDate;
import java.time.Month;
import org.opendetainers.domain.vocabulary.FiscalYearBasis;

/**
 * Whether a figure's period fits its {@code fiscal_year_basis}: a {@code federal} period is one or
 * more whole federal fiscal years (October 1 to September 30) or lies within one; a {@code city}
 * period likewise with the New York City fiscal year (July 1 to June 30). {@code calendar} and
 * {@code unspecified} take any period.
 */
final class FiscalYears {

    private FiscalYears() {}

    /** Why the period does not fit the basis, or null when it does (or a value is missing). */
    static String mismatch(FiscalYearBasis basis, LocalDate start, LocalDate end) {
        if (basis == null || start == null || end == null) {
            return null;
        }
        Month first =
                switch (basis) {
                    case federal -> Month.OCTOBER;
                    case city -> Month.JULY;
                    default -> null;
                };
        if (first == null) {
            return null;
        }
        boolean wholeYears =
                start.getMonth() == first
                        && start.getDayOfMonth() == 1
                        && end.plusDays(1).getMonth() == first
                        && end.plusDays(1).getDayOfMonth() == 1;
        if (wholeYears || fiscalYear(start, first) == fiscalYear(end, first)) {
            return null;
        }
        String span = first == Month.OCTOBER ? "October 1 to September 30" : "July 1 to June 30";
        return "'"
                + basis
                + "' years run "
                + span
                + ", but "
                + start
                + " – "
                + end
                + " is neither whole fiscal years nor part of one (use calendar for other spans)";
    }

    private static int fiscalYear(LocalDate date, Month first) {
        return date.getMonthValue() >= first.getValue() ? date.getYear() + 1 : date.getYear();
    }
}
