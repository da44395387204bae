package org.opendetainers.api;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one format of an HTTP date (RFC 9110 §5.6.7, IMF-fixdate): {@code Sun, 07 Dec 2026 10:41:46
 * GMT}, always with a two-digit day. {@link DateTimeFormatter#RFC_1123_DATE_TIME} is not this
 * format: it writes {@code 7 Dec} on days 1 to 9.
 */
public final class HttpDate {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
                    .withZone(ZoneOffset.UTC);

    private HttpDate() {}

    /** The instant as an HTTP date, in UTC. */
    public static String format(TemporalAccessor instant) {
        return IMF_FIXDATE.format(instant);
    }
}
