package org.opendetainers.anonymize;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The time granularity of a published table. The constant names are the API values.
 *
 * <p>{@link #fiscal_year} is the US federal fiscal year, October to September, named after the
 * calendar year in which it ends: FY2018 runs from 2017-10-01 to 2018-09-30.
 */
public enum Granularity {
    /** Calendar month. */
    month,
    /** Calendar quarter, starting January, April, July or October. */
    quarter,
    /** Calendar year. */
    year,
    /** US federal fiscal year, October 1 to September 30. */
    fiscal_year;

    /**
     * The first day of the period of this granularity that contains {@code date}.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public LocalDate periodStart(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (this) {
            case month -> date.withDayOfMonth(1);
            case quarter -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case year -> LocalDate.of(date.getYear(), 1, 1);
            case fiscal_year ->
                    LocalDate.of(
                            date.getMonthValue() >= 10 ? date.getYear() : date.getYear() - 1,
                            10,
                            1);
        };
    }

    /**
     * The last day (inclusive) of the period that starts on {@code periodStart}.
     *
     * @throws IllegalArgumentException if {@code periodStart} is not the first day of a period of
     *     this granularity
     */
    public LocalDate periodEnd(LocalDate periodStart) {
        requirePeriodStart(periodStart);
        return switch (this) {
            case month -> periodStart.plusMonths(1).minusDays(1);
            case quarter -> periodStart.plusMonths(3).minusDays(1);
            case year, fiscal_year -> periodStart.plusYears(1).minusDays(1);
        };
    }

    /** Whether {@code date} is the first day of a period of this granularity. */
    public boolean isPeriodStart(LocalDate date) {
        return date != null && periodStart(date).equals(date);
    }

    /**
     * Whether every period of this granularity lies entirely within one period of {@code coarser}:
     * true for month in quarter, year and fiscal_year, and for quarter in year and fiscal_year;
     * false otherwise, including for equal granularities and between year and fiscal_year.
     */
    public boolean nestsIn(Granularity coarser) {
        return switch (this) {
            case month -> coarser == quarter || coarser == year || coarser == fiscal_year;
            case quarter -> coarser == year || coarser == fiscal_year;
            case year, fiscal_year -> false;
        };
    }

    /**
     * The granularity named {@code value} (exact, lower case spelling).
     *
     * @throws IllegalArgumentException if {@code value} is null or not one of the allowed values,
     *     which the message lists
     */
    public static Granularity parse(String value) {
        if (value != null) {
            for (Granularity g : values()) {
                if (g.name().equals(value)) {
                    return g;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown granularity '"
                        + value
                        + "'; allowed: "
                        + Arrays.stream(values())
                                .map(Enum::name)
                                .collect(Collectors.joining(", ")));
    }

    void requirePeriodStart(LocalDate date) {
        Objects.requireNonNull(date, "periodStart");
        if (!isPeriodStart(date)) {
            throw new IllegalArgumentException(
                    date
                            + " is not the start of a "
                            + name()
                            + " period (expected "
                            + periodStart(date)
                            + ")");
        }
    }
}
