package org.opendetainers.ingest;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.opendetainers.domain.vocabulary.DatePrecision;

/** A date and how much of it is known; {@code date} is null exactly when precision is unknown. */
public record PreciseDate(LocalDate date, DatePrecision precision) {

    /** The last day the date can be (the end of its month or year); null when unknown. */
    public LocalDate latestDay() {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case month -> date.with(TemporalAdjusters.lastDayOfMonth());
            case year -> date.with(TemporalAdjusters.lastDayOfYear());
            default -> date;
        };
    }

    @Override
    public String toString() {
        if (date == null) {
            return "unknown";
        }
        return switch (precision) {
            case month -> date.toString().substring(0, 7);
            case year -> date.toString().substring(0, 4);
            default -> date.toString();
        };
    }
}
