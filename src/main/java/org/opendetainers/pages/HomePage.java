package org.opendetainers.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.api.StatusResource;
import org.opendetainers.config.AnonymizeConfig;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.query.FigureQuery;
import org.opendetainers.query.IceCountQuery;
import org.opendetainers.query.PolicyQuery;
import org.opendetainers.query.StatQuery;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.DetainerStatView;
import org.opendetainers.representation.FigureView;
import org.opendetainers.representation.IceCountView;
import org.opendetainers.representation.PolicyView;

/**
 * {@code /}: what the service publishes and what it does not, two charts of figures, and the
 * freshness of the data.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    /** The jurisdiction of the first chart, and the measures it draws. */
    static final String CITY = "nyc";

    static final Set<String> CITY_MEASURES = Set.of("detainers_received", "detainers_honored");

    /** The national series of the second chart. */
    static final String NATION = "united-states";

    static final String NATIONAL_MEASURE = "detainers_issued";

    private final Pages pages;
    private final Names names;
    private final FigureQuery figures;
    private final IceCountQuery counts;
    private final PolicyQuery policies;
    private final StatQuery stats;
    private final StatusResource status;
    private final AnonymizeConfig anonymize;

    public HomePage(
            Pages pages,
            Names names,
            FigureQuery figures,
            IceCountQuery counts,
            PolicyQuery policies,
            StatQuery stats,
            StatusResource status,
            AnonymizeConfig anonymize) {
        this.pages = pages;
        this.names = names;
        this.figures = figures;
        this.counts = counts;
        this.policies = policies;
        this.stats = stats;
        this.status = status;
        this.anonymize = anonymize;
    }

    /** A figure drawn on a chart: its series, and the middle of its period on the time axis. */
    public record Point(
            FigureView figure,
            String agency,
            String measure,
            String series,
            LocalDate middle,
            String period) {}

    /**
     * A policy of the city chart: its short name (the title up to its first parenthesis or colon),
     * the date drawn (in force from, else adopted; null when neither is published).
     */
    public record Marker(PolicyView policy, String shortName, LocalDate date) {}

    /**
     * The city's policies against the chart's time axis (the span of its figures): those that took
     * effect within it are marked on the chart; the others are listed with the reason.
     */
    public record Markers(
            LocalDate from,
            LocalDate to,
            List<Marker> marked,
            List<Marker> before,
            List<Marker> after,
            List<Marker> undated) {}

    /**
     * @param synthetic true while the detainer statistics are computed from synthetic records
     * @param statsFrom first period of the detainer statistics (null when there are none)
     */
    public record Model(
            StatusResource.Status status,
            Names.Of names,
            List<Point> city,
            Markers cityPolicies,
            List<Point> national,
            List<IceCountView> months,
            boolean synthetic,
            LocalDate statsFrom,
            LocalDate statsTo,
            int k,
            long figureCount,
            LocalDate figuresFrom,
            LocalDate figuresTo,
            List<String> jurisdictions) {}

    @GET
    @Path("es")
    public Response homeEs(
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return home(release, uri, headers, request);
    }

    @GET
    public Response home(
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        StatusResource.Status now = status.status();
        return pages.answer(
                request,
                uri,
                headers,
                release,
                PageMessages::home_title,
                "home",
                String.valueOf(now.lastImport()) + now.nextImportDue(),
                read -> {
                    Releases.Header r = read.release();
                    Names.Of n = names.of(r);
                    List<FigureView> all =
                            figures.figures(
                                    read.api().reference(),
                                    new FigureQuery.Filter(null, null, null, null, null, null),
                                    null,
                                    Integer.MAX_VALUE);
                    List<Point> city =
                            all.stream()
                                    .filter(
                                            f ->
                                                    CITY.equals(f.jurisdiction())
                                                            && CITY_MEASURES.contains(f.measure()))
                                    .map(f -> point(f, n, read.lang()))
                                    .toList();
                    // whole federal fiscal years only (October 1 to September 30): weekly and
                    // monthly counts
                    // of the same measure are figures too, but not bars of a yearly series
                    List<Point> national =
                            all.stream()
                                    .filter(
                                            f ->
                                                    NATION.equals(f.jurisdiction())
                                                            && NATIONAL_MEASURE.equals(f.measure())
                                                            && f.periodStart().getMonthValue() == 10
                                                            && f.periodStart().getDayOfMonth() == 1
                                                            && f.periodEnd()
                                                                    .equals(
                                                                            f.periodStart()
                                                                                    .plusYears(1)
                                                                                    .minusDays(1)))
                                    .map(f -> bySource(point(f, n, read.lang()), n))
                                    .toList();
                    List<IceCountView> months =
                            counts.counts(
                                    read.api().reference(),
                                    new IceCountQuery.Filter(
                                            CountSeries.detainers_by_month.name(),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null),
                                    null,
                                    Integer.MAX_VALUE);
                    List<PolicyView> cityPolicies =
                            policies.policies(
                                    read.api().reference(),
                                    new PolicyQuery.Filter(CITY, null, null, null, null),
                                    null,
                                    Integer.MAX_VALUE);
                    List<DetainerStatView> years =
                            stats.cells(
                                    r,
                                    StatTable.of(Granularity.year, List.of()),
                                    Map.of(),
                                    null,
                                    null,
                                    null,
                                    Integer.MAX_VALUE);
                    Model m =
                            new Model(
                                    now,
                                    n,
                                    city,
                                    markers(city, cityPolicies),
                                    national,
                                    months,
                                    years.stream().anyMatch(DetainerStatView::synthetic),
                                    years.isEmpty() ? null : years.get(0).periodStart(),
                                    years.isEmpty()
                                            ? null
                                            : years.get(years.size() - 1).periodEnd(),
                                    anonymize.minCell(),
                                    all.size(),
                                    all.stream()
                                            .map(FigureView::periodStart)
                                            .min(LocalDate::compareTo)
                                            .orElse(null),
                                    all.stream()
                                            .map(FigureView::periodEnd)
                                            .max(LocalDate::compareTo)
                                            .orElse(null),
                                    all.stream()
                                            .map(FigureView::jurisdiction)
                                            .distinct()
                                            .map(n::jurisdiction)
                                            .sorted()
                                            .toList());
                    return pages.ok(read, Views.home(read.chrome(), m));
                });
    }

    /** The city's policies split by where their date falls against the span of the figures. */
    static Markers markers(List<Point> city, List<PolicyView> policies) {
        LocalDate from =
                city.stream()
                        .map(p -> p.figure().periodStart())
                        .min(LocalDate::compareTo)
                        .orElse(null);
        LocalDate to =
                city.stream()
                        .map(p -> p.figure().periodEnd())
                        .max(LocalDate::compareTo)
                        .orElse(null);
        List<Marker> marked = new ArrayList<>();
        List<Marker> before = new ArrayList<>();
        List<Marker> after = new ArrayList<>();
        List<Marker> undated = new ArrayList<>();
        for (PolicyView p : policies) {
            LocalDate date = p.effectiveOn() != null ? p.effectiveOn() : p.adoptedOn();
            Marker m = new Marker(p, shortName(p.title()), date);
            if (date == null) {
                undated.add(m);
            } else if (from == null || date.isBefore(from)) {
                before.add(m);
            } else if (date.isAfter(to)) {
                after.add(m);
            } else {
                marked.add(m);
            }
        }
        Comparator<Marker> byDate = Comparator.comparing(Marker::date);
        marked.sort(byDate);
        before.sort(byDate);
        after.sort(byDate);
        return new Markers(from, to, marked, before, after, undated);
    }

    /**
     * A policy's short name for a label on the chart: its title up to the first " (" or ": "
     * ("Local Law 58 of 2014 (Int 486-2014): Department of Correction detainers" is "Local Law 58
     * of 2014").
     */
    static String shortName(String title) {
        int cut = title.length();
        for (String stop : List.of(" (", ": ")) {
            int i = title.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return title.substring(0, cut);
    }

    /**
     * The same point in a series of its source: the national chart draws each source's counts of
     * the same years side by side (they differ), not one over the other.
     */
    static Point bySource(Point p, Names.Of n) {
        var source = n.source(p.figure().sourceId());
        String publisher = source == null ? null : source.publisher();
        return new Point(
                p.figure(),
                p.agency(),
                p.measure(),
                (publisher == null ? "" : publisher + ": ")
                        + (source == null ? p.figure().sourceId() : shortName(source.title())),
                p.middle(),
                p.period());
    }

    static Point point(FigureView f, Names.Of n, Lang lang) {
        String agency =
                f.agency() == null ? n.jurisdiction(f.jurisdiction()) : n.agency(f.agency());
        String measure = n.measure(f.measure());
        LocalDate middle =
                f.periodStart()
                        .plusDays(ChronoUnit.DAYS.between(f.periodStart(), f.periodEnd()) / 2);
        return new Point(
                f,
                agency,
                measure,
                agency + ": " + measure,
                middle,
                PageFormat.period(f.periodStart(), f.periodEnd(), lang));
    }
}
