package org.opendetainers.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.opendetainers.problem.ApiProblem;

/**
 * Values of a sort key read back from a cursor; a value that does not parse is a 400 on {@code
 * cursor}.
 */
final class Keys {

    private Keys() {}

    static LocalDate date(String value) {
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidParameter(
                    "cursor", "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParameter(
                    "cursor",
                    "not a cursor of this listing; use the 'next' link of a previous page");
        }
    }
}
