package org.opendetainers.pages;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.representation.FigureView;

/** How numbers, dates and periods read on the pages (English, grouped digits, ISO dates). */
@TemplateExtension
public final class PageFormat {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH);

    private PageFormat() {}

    /** 1526 → "1,526". */
    public static String grouped(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    /** A count of rows (a list's size), as {@link #grouped(long)}. */
    public static String grouped(int value) {
        return grouped((long) value);
    }

    /** A figure's value as its source states it: "1,526", "about 2,600", "at least 3,506". */
    public static String shown(FigureView f) {
        return switch (f.qualifier()) {
            case approximate -> "about " + grouped(f.value());
            case at_least -> "at least " + grouped(f.value());
            default -> grouped(f.value());
        };
    }

    /**
     * A date with how much of it is known: "2014-12-14", "2014-12 (month known)", "2014 (year
     * known)", "not known".
     */
    public static String precise(LocalDate date, DatePrecision precision) {
        if (date == null || precision == DatePrecision.unknown) {
            return "not known";
        }
        return switch (precision) {
            case month -> date.toString().substring(0, 7) + " (month known, not the day)";
            case year -> date.getYear() + " (year known, not the month)";
            default -> date.toString();
        };
    }

    /** The month of a date, as people and charts read it: 2011-08-01 → "2011-08". */
    public static String yearMonth(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    /** A timestamp in UTC, to the minute. */
    public static String utc(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(ZoneOffset.UTC).format(TIMESTAMP);
    }

    /** A file size: 1234567 → "1.2 MB". */
    public static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        if (n < 1_000_000) {
            return String.format(Locale.ENGLISH, "%.1f kB", n / 1e3);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", n / 1e6);
    }

    /**
     * A period as people read it: a whole calendar year as "2017", otherwise "2017-01-01 to
     * 2017-04-03".
     */
    public static String period(LocalDate start, LocalDate end) {
        if (start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()))) {
            return String.valueOf(start.getYear());
        }
        return start + " to " + end;
    }
}
