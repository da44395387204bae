package org.opendetainers.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;
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

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A two-letter state code, or null; {@code example} is shown in the problem. */
    public static String stateCode(String name, String value, String example) {
        if (value != null && !STATE.matcher(value).matches()) {
            throw ApiProblem.invalidParameter(
                    name, "'" + value + "' is not a two-letter state code (" + example + ")");
        }
        return value;
    }

    /** An id (a slug) of the kind {@code what}, or null. */
    public static String slug(String name, String value, String what) {
        if (value != null && !SLUG.matcher(value).matches()) {
            throw ApiProblem.invalidParameter(
                    name, "'" + value + "' is not " + what + " id (a slug)");
        }
        return value;
    }

    public static void range(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalidParameter(
                    toName,
                    "'" + toName + "' (" + to + ") is before '" + fromName + "' (" + from + ")");
        }
    }
}
