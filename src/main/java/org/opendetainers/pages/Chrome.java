package org.opendetainers.pages;

import org.opendetainers.representation.ReleaseRef;

/**
 * What every page shows around its content: the page title, the release it reads, whether the
 * reader pinned it with {@code ?release=}, the permalink of this page pinned to that release, its
 * language and the same page in the other language. Links between pages keep the language and the
 * pinned release.
 *
 * @param releaseQuery {@code ?release=ID} when the reader pinned a release (links between pages
 *     keep it), else empty
 * @param permalink the page's path and query with {@code release=} set to the release read
 * @param absolutePermalink the permalink with the service's public URL in front, to cite
 * @param lang the language of the page (from its path)
 * @param baseUrl the service's public URL, in front of the alternate languages' addresses
 * @param enUrl this page in English (path and query as requested)
 * @param esUrl this page in Spanish (path and query as requested)
 */
public record Chrome(
        String title,
        String section,
        ReleaseRef release,
        boolean pinned,
        String releaseQuery,
        String permalink,
        String absolutePermalink,
        Lang lang,
        String baseUrl,
        String enUrl,
        String esUrl) {

    /** This page in the other language, for the language switch. */
    public String otherUrl() {
        return lang == Lang.es ? enUrl : esUrl;
    }

    /** The other language. */
    public Lang other() {
        return lang == Lang.es ? Lang.en : Lang.es;
    }

    /** An English page's path in the page's language, without the release ({@code /es/figures}). */
    public String path(String englishPath) {
        return lang.path(englishPath);
    }

    /**
     * {@code path} with the pinned release, if any ({@code /figures} or {@code
     * /figures?release=ID}).
     */
    public String link(String path) {
        return lang.path(path) + releaseQuery;
    }

    /**
     * {@code path} followed by {@code release=} as an extra query parameter when the reader pinned
     * one.
     */
    public String linkWith(String englishPathAndQuery) {
        String pathAndQuery = lang.path(englishPathAndQuery);
        return pinned
                ? pathAndQuery
                        + (pathAndQuery.contains("?") ? "&" : "?")
                        + "release="
                        + release.id()
                : pathAndQuery;
    }

    /** The same chrome with a more precise title (known once the page has read its row). */
    public Chrome withTitle(String newTitle) {
        return new Chrome(
                newTitle,
                section,
                release,
                pinned,
                releaseQuery,
                permalink,
                absolutePermalink,
                lang,
                baseUrl,
                enUrl,
                esUrl);
    }

    /** The page of a figure, in the pinned release if any. */
    public String figure(String id) {
        return link("/figures/" + id);
    }

    /** The page of a policy, in the pinned release if any. */
    public String policy(String id) {
        return link("/policies/" + id);
    }

    /** The page of a 287(g) agreement, in the pinned release if any. */
    public String agreement(String id) {
        return link("/agreements/" + id);
    }

    /** The page of a facility, in the pinned release if any. */
    public String facility(String id) {
        return link("/facilities/" + id);
    }

    /**
     * The page of a place (state or county FIPS code, or a city's id), in the pinned release if
     * any.
     */
    public String place(String id) {
        return link("/places/" + id);
    }
}
