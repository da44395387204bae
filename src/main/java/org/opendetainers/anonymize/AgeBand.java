package org.opendetainers.anonymize;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The age band of a person at the time of a detainer, derived from the birth year alone. {@link
 * #value()} is the published value.
 */
public enum AgeBand {
    /** Age 0 to 17. */
    UNDER_18("under-18", 0, 17),
    /** Age 18 to 24. */
    AGE_18_24("18-24", 18, 24),
    /** Age 25 to 34. */
    AGE_25_34("25-34", 25, 34),
    /** Age 35 to 44. */
    AGE_35_44("35-44", 35, 44),
    /** Age 45 to 54. */
    AGE_45_54("45-54", 45, 54),
    /** Age 55 to {@value #MAX_AGE}. */
    AGE_55_PLUS("55-plus", 55, 110),
    /** Birth year missing or implausible. */
    UNKNOWN("unknown", -1, -1);

    /** The oldest age accepted as plausible; an older computed age gives {@link #UNKNOWN}. */
    public static final int MAX_AGE = 110;

    /** The earliest birth year accepted; an earlier one gives {@link #UNKNOWN}. */
    public static final int MIN_BIRTH_YEAR = 1900;

    private final String value;
    private final int from;
    private final int to;

    AgeBand(String value, int from, int to) {
        this.value = value;
        this.from = from;
        this.to = to;
    }

    /**
     * The published value, e.g. {@code under-18}, {@code 25-34}, {@code 55-plus}, {@code unknown}.
     */
    public String value() {
        return value;
    }

    /**
     * The band of the age {@code detainerDate.getYear() - birthYear}. Only the birth year is known,
     * so this is the age the person reaches during the calendar year of the detainer (their exact
     * age on that date is that or one less).
     *
     * @return {@link #UNKNOWN} when {@code birthYear} is null, before {@value #MIN_BIRTH_YEAR},
     *     after the detainer's year, or the age is over {@value #MAX_AGE}
     * @throws NullPointerException if {@code detainerDate} is null
     */
    public static AgeBand of(Integer birthYear, LocalDate detainerDate) {
        Objects.requireNonNull(detainerDate, "detainerDate");
        if (birthYear == null || birthYear < MIN_BIRTH_YEAR || birthYear > detainerDate.getYear()) {
            return UNKNOWN;
        }
        int age = detainerDate.getYear() - birthYear;
        for (AgeBand band : values()) {
            if (band != UNKNOWN && age >= band.from && age <= band.to) {
                return band;
            }
        }
        return UNKNOWN;
    }

    /**
     * The band whose {@link #value()} is {@code value}.
     *
     * @throws IllegalArgumentException if there is none; the message lists the allowed values
     */
    public static AgeBand fromValue(String value) {
        for (AgeBand band : values()) {
            if (band.value.equals(value)) {
                return band;
            }
        }
        throw new IllegalArgumentException(
                "unknown age band '"
                        + value
                        + "'; allowed: "
                        + Arrays.stream(values())
                                .map(AgeBand::value)
                                .collect(Collectors.joining(", ")));
    }
}
