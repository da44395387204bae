package org.opendetainers.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.opendetainers.domain.vocabulary.DatePrecision;

/**
 * Typed access to the cells of one CSV row. Every accessor validates its cell and, when the cell is
 * wrong, records a problem naming file, line and column and returns null, so that one pass reports
 * every problem of a file rather than the first.
 */
final class Row {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MEASURE_ID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

    private final String file;
    private final CsvTable.Line line;
    private final ImportProblems problems;

    Row(String file, CsvTable.Line line, ImportProblems problems) {
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    long line() {
        return line.line();
    }

    void problem(String column, String reason) {
        problems.add(file, line.line(), column, reason);
    }

    String optionalText(String column) {
        return line.cells().get(column);
    }

    String text(String column) {
        String value = optionalText(column);
        if (value == null) {
            problem(column, "required value is missing");
        }
        return value;
    }

    String slug(String column) {
        String value = text(column);
        return value == null ? null : checkSlug(column, value);
    }

    String optionalSlug(String column) {
        String value = optionalText(column);
        return value == null ? null : checkSlug(column, value);
    }

    String measureId(String column) {
        String value = text(column);
        if (value != null && !MEASURE_ID.matcher(value).matches()) {
            problem(column, "'" + value + "' is not a measure id (lowercase words joined by '_')");
            return null;
        }
        return value;
    }

    private String checkSlug(String column, String value) {
        if (!SLUG.matcher(value).matches()) {
            problem(
                    column,
                    "'" + value + "' is not an id (lowercase letters and digits joined by '-')");
            return null;
        }
        return value;
    }

    /** A ';'-separated list of ids; empty when the cell is blank. */
    List<String> slugList(String column) {
        return list(column, s -> checkSlug(column, s));
    }

    /**
     * The ';'-separated values of a cell, each read by {@code each} (null: a problem, left out).
     */
    private <T> List<T> list(String column, Function<String, T> each) {
        String value = optionalText(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(each)
                .filter(Objects::nonNull)
                .toList();
    }

    LocalDate optionalDate(String column) {
        String value = optionalText(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("length", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, "'" + value + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    LocalDate date(String column) {
        if (optionalText(column) == null) {
            problem(column, "required date is missing");
            return null;
        }
        return optionalDate(column);
    }

    /** A date with its precision column ({@code <column>_precision}); see {@link DatePrecision}. */
    PreciseDate preciseDate(String column) {
        LocalDate date = optionalDate(column);
        String precisionColumn = column + "_precision";
        DatePrecision precision = optionalVocabulary(precisionColumn, DatePrecision.class);
        if (precision == null) {
            precision = optionalText(column) == null ? DatePrecision.unknown : DatePrecision.day;
        }
        if (date == null) {
            if (precision != DatePrecision.unknown && optionalText(column) == null) {
                problem(
                        column,
                        "no date given, but " + precisionColumn + " is '" + precision + "'");
            }
            return new PreciseDate(null, DatePrecision.unknown);
        }
        switch (precision) {
            case unknown ->
                    problem(
                            precisionColumn,
                            "'unknown' but a date is given; use day, month or year");
            case month -> {
                if (date.getDayOfMonth() != 1) {
                    problem(
                            column,
                            "precision is month: write the first day of the month, not " + date);
                }
            }
            case year -> {
                if (date.getDayOfYear() != 1) {
                    problem(column, "precision is year: write 1 January of the year, not " + date);
                }
            }
            case day -> {}
        }
        return new PreciseDate(date, precision);
    }

    <E extends Enum<E>> E vocabulary(String column, Class<E> type) {
        String value = text(column);
        return value == null ? null : vocabularyValue(column, type, value);
    }

    <E extends Enum<E>> E optionalVocabulary(String column, Class<E> type) {
        String value = optionalText(column);
        return value == null ? null : vocabularyValue(column, type, value);
    }

    /** A ';'-separated list of a vocabulary's values; empty when the cell is blank. */
    <E extends Enum<E>> List<E> vocabularyList(String column, Class<E> type) {
        return list(column, s -> vocabularyValue(column, type, s));
    }

    private <E extends Enum<E>> E vocabularyValue(String column, Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problem(
                column,
                "'"
                        + value
                        + "' is not one of: "
                        + String.join(
                                ", ",
                                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
    }

    Boolean optionalBoolean(String column) {
        String value = optionalText(column);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problem(column, "'" + value + "' is not true or false");
                yield null;
            }
        };
    }

    Integer optionalNonNegativeInt(String column) {
        String value = optionalText(column);
        if (value == null) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            problem(column, "'" + value + "' is not a whole number ≥ 0");
            return null;
        }
    }

    Long nonNegativeLong(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            problem(
                    column,
                    "'"
                            + value
                            + "' is not a whole number ≥ 0 (write qualifiers such as 'about' in the qualifier column, not in the value)");
            return null;
        }
    }

    String optionalUrl(String column) {
        String value = optionalText(column);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new URISyntaxException(value, "not an absolute http(s) URL");
            }
            return value;
        } catch (URISyntaxException e) {
            problem(column, "'" + value + "' is not an absolute http(s) URL");
            return null;
        }
    }
}
