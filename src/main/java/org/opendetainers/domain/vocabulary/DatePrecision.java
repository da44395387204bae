package org.opendetainers.domain.vocabulary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How much of a date is known: the stored date is the first day of the known period (month: the
 * 1st; year: 1 January); unknown: no date. Constants are spelled as published.
 */
@Schema(
        description =
                "How much of a date is known: the stored date is the first day of the known period (month: the 1st; year: 1 January); unknown: no date.")
public enum DatePrecision {
    day,
    month,
    year,
    unknown;

    /**
     * The last day a date of this precision may be: the end of its month or year; the date itself
     * for a day (or an unknown precision).
     */
    public LocalDate lastDay(LocalDate first) {
        return switch (this) {
            case month -> first.plusMonths(1).minusDays(1);
            case year -> first.plusYears(1).minusDays(1);
            default -> first;
        };
    }
}
