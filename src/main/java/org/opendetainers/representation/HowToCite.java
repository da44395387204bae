package org.opendetainers.representation;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendetainers.config.ApiConfig;
import org.opendetainers.domain.Agreement;
import org.opendetainers.domain.Facility;
import org.opendetainers.domain.Figure;
import org.opendetainers.domain.IceCount;
import org.opendetainers.domain.Place;
import org.opendetainers.domain.Policy;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.Qualifier;
import org.opendetainers.release.Releases.Header;

/**
 * Ready citations (APA-like) of what the API serves, each with the permanent URL that pins the
 * release: {@code OpenDetainers. (2026, November 24). <title> [Data set, release R]. <URL>}.
 */
@ApplicationScoped
public class HowToCite {

    private final ApiConfig config;

    public HowToCite(ApiConfig config) {
        this.config = config;
    }

    /** Names and citations of one release, to cite many rows with one lookup each. */
    public final class Context {
        private final Header release;
        private final Map<String, String> measures;
        private final Map<String, String> agencies;
        private final Map<String, String> jurisdictions;
        private final Map<String, String> sources;

        private Context(
                Header release,
                List<JurisdictionView> jurisdictions,
                List<AgencyView> agencies,
                List<MeasureView> measures,
                List<SourceView> sources) {
            this.release = release;
            this.measures = names(measures, MeasureView::id, MeasureView::name);
            this.agencies = names(agencies, AgencyView::id, AgencyView::name);
            this.jurisdictions = names(jurisdictions, JurisdictionView::id, JurisdictionView::name);
            this.sources = names(sources, SourceView::id, SourceView::citation);
        }

        public String figure(Figure f) {
            String who =
                    f.agency != null
                            ? agencies.getOrDefault(f.agency, f.agency)
                            : jurisdictions.getOrDefault(f.jurisdiction, f.jurisdiction);
            String title =
                    measures.getOrDefault(f.measure, f.measure)
                            + ", "
                            + who
                            + ", "
                            + f.periodStart
                            + " to "
                            + f.periodEnd
                            + ": "
                            + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(f.value)
                            + (f.qualifier == Qualifier.approximate
                                    ? " (approximate)"
                                    : f.qualifier == Qualifier.at_least ? " (at least)" : "")
                            + " (figure "
                            + f.id
                            + ")";
            String original = sources.get(f.sourceId);
            return withOriginal(cite(title, "/v1/figures/" + f.id), original);
        }

        public String policy(Policy p) {
            String original = firstSource(p.sourceIds);
            return withOriginal(
                    cite(p.title + " (policy " + p.id + ")", "/v1/policies/" + p.id), original);
        }

        public String agreement(Agreement a) {
            String original = firstSource(a.sourceIds);
            String title =
                    "287(g) agreement, "
                            + a.agency
                            + " ("
                            + a.state
                            + "), "
                            + a.model.name().replace('_', ' ')
                            + " (agreement "
                            + a.id
                            + ")";
            return withOriginal(cite(title, "/v1/agreements/" + a.id), original);
        }

        public String facility(Facility f) {
            String original = firstSource(f.sourceIds);
            String place =
                    f.city == null ? f.state : f.state == null ? f.city : f.city + ", " + f.state;
            String title =
                    "ICE facility "
                            + f.detloc
                            + ", "
                            + f.name
                            + (place == null ? "" : " (" + place + ")")
                            + " (facility "
                            + f.id
                            + ")";
            return withOriginal(cite(title, "/v1/facilities/" + f.id), original);
        }

        public String iceCount(IceCount c) {
            String what =
                    c.facilityName != null
                            ? c.facilityName
                                    + (c.facilityState == null ? "" : " (" + c.facilityState + ")")
                                    + (c.category == null ? "" : ", " + c.category)
                            : c.category != null ? c.category : "United States";
            String title =
                    "ICE detainer records, "
                            + c.series.name().replace('_', ' ')
                            + ", "
                            + what
                            + ", "
                            + c.periodStart
                            + " to "
                            + c.periodEnd
                            + ": "
                            + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(c.value)
                            + " (count "
                            + c.id
                            + ")";
            String original = sources.get(c.sourceId);
            return withOriginal(cite(title, "/v1/ice-counts/" + c.id), original);
        }

        public String place(Place p) {
            String title =
                    "Place "
                            + p.id
                            + ", "
                            + p.name
                            + (p.kind == PlaceKind.state ? "" : " (" + p.state + ")")
                            + " ("
                            + p.kind
                            + ")";
            return withOriginal(cite(title, "/v1/places/" + p.id), firstSource(p.sourceIds));
        }

        /** The citation of the first of {@code ids} the release holds, or null. */
        private String firstSource(String[] ids) {
            return Arrays.stream(ids)
                    .map(sources::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }

        private static String withOriginal(String citation, String original) {
            return citation + (original == null ? "" : " Original source: " + original);
        }

        private String cite(String title, String path) {
            return HowToCite.this.cite(release, title, path);
        }
    }

    /**
     * Citations of a release, from its reference data already read (the reads' in-memory reference
     * data, or the rows the publishing transaction writes as files): no query of its own.
     */
    public Context of(
            Header release,
            List<JurisdictionView> jurisdictions,
            List<AgencyView> agencies,
            List<MeasureView> measures,
            List<SourceView> sources) {
        return new Context(release, jurisdictions, agencies, measures, sources);
    }

    /** The citation of a whole release. */
    public String release(Header release) {
        return cite(release, "OpenDetainers data set", "/v1/releases/" + release.id());
    }

    /** The citation of one data set (a bulk file) of a release. */
    public String dataset(Header release, String title, String name) {
        return cite(release, title + " (data set " + name + ")", "/v1/datasets/" + name);
    }

    private String cite(Header release, String title, String path) {
        var day = release.publishedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        String date =
                day.getYear()
                        + ", "
                        + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " "
                        + day.getDayOfMonth();
        String url =
                config.baseUrl()
                        + path
                        + (path.contains("/v1/releases/") ? "" : "?release=" + release.id());
        return "OpenDetainers. ("
                + date
                + "). "
                + title
                + " [Data set, release "
                + release.id()
                + "]. "
                + url
                + ".";
    }

    private static <T> Map<String, String> names(
            List<T> rows, Function<T, String> id, Function<T, String> name) {
        return rows.stream().collect(Collectors.toMap(id, name, (a, b) -> a, HashMap::new));
    }
}
