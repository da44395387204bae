package org.opendetainers.pages;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.representation.FigureView;

/**
 * How numbers, dates and periods read on the pages, in the page's language: grouped digits (1,526
 * in English and in the Spanish of the United States), dates as ISO in English (2017-01-01) and in
 * words in Spanish (1 de enero de 2017). The methods taking the template's {@code locale} attribute
 * are template extensions ({@code {n.grouped}}); the others are for the page resources.
 */
public final class PageFormat {

    private static final DateTimeFormatter ES_DATE =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Lang.es.format);
    private static final DateTimeFormatter ES_MONTH =
            DateTimeFormatter.ofPattern("MMMM 'de' yyyy", Lang.es.format);
    private static final DateTimeFormatter EN_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Lang.en.format);
    private static final DateTimeFormatter ES_TIMESTAMP =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm 'UTC'", Lang.es.format);

    private PageFormat() {}

    /** 1526 → "1,526". */
    @TemplateExtension
    public static String grouped(long value, @TemplateAttribute("locale") Object locale) {
        return grouped(value, Lang.of(locale));
    }

    static String grouped(long value, Lang lang) {
        return NumberFormat.getIntegerInstance(lang.format).format(value);
    }

    /** A count of rows (a list's size), as {@link #grouped(long, Object)}. */
    @TemplateExtension
    public static String grouped(int value, @TemplateAttribute("locale") Object locale) {
        return grouped((long) value, Lang.of(locale));
    }

    /** A figure's value as its source states it: "1,526", "about 2,600", "at least 3,506". */
    @TemplateExtension
    public static String shown(FigureView f, @TemplateAttribute("locale") Object locale) {
        Lang lang = Lang.of(locale);
        PageMessages msg = Pages.messages(lang);
        String n = grouped(f.value(), lang);
        return switch (f.qualifier()) {
            case approximate -> msg.value_about(n);
            case at_least -> msg.value_at_least(n);
            default -> n;
        };
    }

    /**
     * A date with how much of it is known: "2014-12-14", "2014-12 (month known)", "2014 (year
     * known)", "not known".
     */
    @TemplateExtension
    public static String precise(
            LocalDate date, DatePrecision precision, @TemplateAttribute("locale") Object locale) {
        Lang lang = Lang.of(locale);
        PageMessages msg = Pages.messages(lang);
        if (date == null || precision == DatePrecision.unknown) {
            return msg.date_not_known();
        }
        return switch (precision) {
            case month -> msg.date_month_known(monthYear(date, lang));
            case year -> msg.date_year_known(String.valueOf(date.getYear()));
            default -> date(date, lang);
        };
    }

    /** A day: "2017-01-01" in English, "1 de enero de 2017" in Spanish. */
    @TemplateExtension
    public static String date(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date(date, Lang.of(locale));
    }

    static String date(LocalDate date, Lang lang) {
        return lang == Lang.es ? ES_DATE.format(date) : date.toString();
    }

    /** The month of a date as people read it: "2011-08" in English, "agosto de 2011" in Spanish. */
    @TemplateExtension
    public static String monthYear(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return monthYear(date, Lang.of(locale));
    }

    static String monthYear(LocalDate date, Lang lang) {
        return lang == Lang.es ? ES_MONTH.format(date) : yearMonth(date);
    }

    /** The month of a date as charts read it, in every language: 2011-08-01 → "2011-08". */
    @TemplateExtension
    public static String yearMonth(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    /** A timestamp in UTC, to the minute. */
    @TemplateExtension
    public static String utc(OffsetDateTime t, @TemplateAttribute("locale") Object locale) {
        if (t == null) {
            return "";
        }
        return t.atZoneSameInstant(ZoneOffset.UTC)
                .format(Lang.of(locale) == Lang.es ? ES_TIMESTAMP : EN_TIMESTAMP);
    }

    /** A file size: 1234567 → "1.2 MB". */
    @TemplateExtension
    public static String bytes(long n, @TemplateAttribute("locale") Object locale) {
        Lang lang = Lang.of(locale);
        if (n < 1000) {
            return n + " B";
        }
        if (n < 1_000_000) {
            return String.format(lang.format, "%.1f kB", n / 1e3);
        }
        return String.format(lang.format, "%.1f MB", n / 1e6);
    }

    /**
     * A period as people read it: a whole calendar year as "2017", otherwise "2017-01-01 to
     * 2017-04-03" ("del 1 de enero de 2017 al 3 de abril de 2017").
     */
    @TemplateExtension
    public static String period(
            LocalDate start, LocalDate end, @TemplateAttribute("locale") Object locale) {
        return period(start, end, Lang.of(locale));
    }

    static String period(LocalDate start, LocalDate end, Lang lang) {
        if (start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()))) {
            return String.valueOf(start.getYear());
        }
        return Pages.messages(lang).period(date(start, lang), date(end, lang));
    }
}
