package org.opendetainers.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import org.opendetainers.problem.ApiProblem;

/** Parsing of query parameter values; a bad value is a 400 naming the parameter. */
public final class Params {

    private Params() {}

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidParameter(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * The page size {@code limit}: {@code defaultLimit} when absent, else a whole number from 1 to
     * {@code max}.
     */
    public static int limit(String value, int defaultLimit, int max) {
        if (value == null) {
            return defaultLimit;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParameter("limit", "'" + value + "' is not a whole number");
        }
        if (limit < 1 || limit > max) {
            throw ApiProblem.invalidParameter(
                    "limit", "limit must be between 1 and " + max + ", not " + limit);
        }
        return limit;
    }

    /** A whole number, or a 400 naming the parameter. */
    public static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParameter(name, "'" + value + "' is not valid here");
        }
    }

    /** A value that must be one of {@code known} (ids of the release read, or a vocabulary). */
    public static String oneOf(String name, String value, Collection<String> known) {
        if (value != null && !known.contains(value)) {
            throw ApiProblem.invalidParameter(
                    name,
                    "'"
                            + value
                            + "' is not one of: "
                            + String.join(", ", known.stream().sorted().toList()));
        }
        return value;
    }

    public static <E extends Enum<E>> String vocabulary(String name, String value, Class<E> type) {
        return oneOf(name, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    public static void range(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalidParameter(
                    toName,
                    "'" + toName + "' (" + to + ") is before '" + fromName + "' (" + from + ")");
        }
    }
}
