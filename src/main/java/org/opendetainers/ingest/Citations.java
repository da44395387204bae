package org.opendetainers.ingest;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.opendetainers.domain.vocabulary.DatePrecision;

/** Ready-to-paste, APA-like citations of sources. */
public final class Citations {

    private Citations() {}

    /**
     * {@code Author or Publisher. (Date). Title. Publisher. URL} — the publisher is repeated only
     * when an author leads; the date is as precise as it is known ({@code n.d.} if not).
     */
    public static String of(
            String publisher, String author, String title, PreciseDate published, String url) {
        StringBuilder s = new StringBuilder();
        s.append(stop(author != null ? author : publisher)).append(' ');
        s.append('(').append(date(published)).append("). ");
        s.append(stop(title));
        if (author != null) {
            s.append(' ').append(stop(publisher));
        }
        if (url != null) {
            s.append(' ').append(url);
        }
        return s.toString();
    }

    static String date(PreciseDate d) {
        if (d == null || d.date() == null || d.precision() == DatePrecision.unknown) {
            return "n.d.";
        }
        LocalDate date = d.date();
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (d.precision()) {
            case year -> Integer.toString(date.getYear());
            case month -> date.getYear() + ", " + month;
            default -> date.getYear() + ", " + month + " " + date.getDayOfMonth();
        };
    }

    private static String stop(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
}
