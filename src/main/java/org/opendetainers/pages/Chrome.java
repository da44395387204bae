package org.opendetainers.pages;

import org.opendetainers.representation.ReleaseRef;

/**
 * What every page shows around its content: the page title, the release it reads, whether the
 * reader pinned it with {@code ?release=}, and the permalink of this page pinned to that release.
 *
 * @param releaseQuery {@code ?release=ID} when the reader pinned a release (links between pages
 *     keep it), else empty
 * @param permalink the page's path and query with {@code release=} set to the release read
 * @param absolutePermalink the permalink with the service's public URL in front, to cite
 */
public record Chrome(
        String title,
        String section,
        ReleaseRef release,
        boolean pinned,
        String releaseQuery,
        String permalink,
        String absolutePermalink) {

    /**
     * {@code path} with the pinned release, if any ({@code /figures} or {@code
     * /figures?release=ID}).
     */
    public String link(String path) {
        return path + releaseQuery;
    }

    /**
     * {@code path} followed by {@code release=} as an extra query parameter when the reader pinned
     * one.
     */
    public String linkWith(String pathAndQuery) {
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
                newTitle, section, release, pinned, releaseQuery, permalink, absolutePermalink);
    }

    /** The page of a figure, in the pinned release if any. */
    public String figure(String id) {
        return link("/figures/" + id);
    }

    /** The page of a policy, in the pinned release if any. */
    public String policy(String id) {
        return link("/policies/" + id);
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
