package org.opendetainers.pages;

import java.util.Locale;

/**
 * The languages of the pages. The language is part of the address: an English page is at {@code
 * /figures}, its Spanish version at {@code /es/figures}; so each has its own URL, cache entry and
 * ETag, and a link can be shared in either language. The texts are in the message bundle {@link
 * PageMessages} (English) and {@code messages/msg_es.properties} (Spanish).
 */
public enum Lang {
    en("", Locale.forLanguageTag("en-US")),
    /**
     * Spanish as written in the United States (es-US): the readers live there, and es-US writes
     * numbers as the English pages and the sources do (1,526 and 2.5), where es-ES would write 1526
     * and 2,5.
     */
    es("/es", Locale.forLanguageTag("es-US"));

    /**
     * In front of a page resource's {@code @Path}: the same resource answers {@code /figures} and
     * {@code /es/figures} (the page reads its language from the path).
     */
    public static final String PREFIX = "{lang: (?:es/)?}";

    /** What the language puts in front of a page's path. */
    public final String prefix;

    /** How numbers and dates are written. */
    public final Locale format;

    Lang(String prefix, Locale format) {
        this.prefix = prefix;
        this.format = format;
    }

    /** The language of a page's path: {@code /es} and {@code /es/...} are Spanish. */
    public static Lang ofPath(String path) {
        return path.equals(es.prefix) || path.startsWith(es.prefix + "/") ? es : en;
    }

    /** The language a template renders in (its {@code locale} attribute), English by default. */
    static Lang of(Object locale) {
        return locale instanceof Locale l && l.getLanguage().equals("es") ? es : en;
    }

    /** The locale of the message bundle. */
    public Locale messages() {
        return Locale.forLanguageTag(name());
    }

    /**
     * An English page's path in this language: {@code /figures} → {@code /es/figures}, {@code /} →
     * {@code /es}.
     */
    public String path(String englishPath) {
        return prefix.isEmpty()
                ? englishPath
                : englishPath.equals("/") ? prefix : prefix + englishPath;
    }

    /** The English path of a page's path in any language. */
    public static String englishPath(String path) {
        Lang l = ofPath(path);
        if (l.prefix.isEmpty()) {
            return path;
        }
        String rest = path.substring(l.prefix.length());
        return rest.isEmpty() ? "/" : rest;
    }
}
