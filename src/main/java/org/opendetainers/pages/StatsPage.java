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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.api.Params;
import org.opendetainers.config.AnonymizeConfig;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.IceCountQuery;
import org.opendetainers.query.Reference;
import org.opendetainers.query.StatQuery;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.DetainerStatView;
import org.opendetainers.representation.IceCountView;

/**
 * {@code /stats}: an explorer for {@code /v1/detainer-stats}. The form offers the published tables
 * only; its state is the page's query string (the API's parameter names), so a view is shared by
 * its URL.
 */
@Path(Lang.PREFIX + "stats")
@Produces(MediaType.TEXT_HTML)
public class StatsPage {

    /** Rows shown on the page; the CSV link gives all of them. */
    static final int MAX_ROWS = 1000;

    private final Pages pages;
    private final Names names;
    private final StatQuery stats;
    private final IceCountQuery counts;
    private final AnonymizeConfig anonymize;

    public StatsPage(
            Pages pages,
            Names names,
            StatQuery stats,
            IceCountQuery counts,
            AnonymizeConfig anonymize) {
        this.pages = pages;
        this.names = names;
        this.stats = stats;
        this.counts = counts;
        this.anonymize = anonymize;
    }

    /**
     * One year of ICE's own counts (published, not computed here): all detainers, those with a lift
     * reason, and those declined by the receiving agency; null where the year has none.
     */
    public record IceYear(
            String period, IceCountView detainers, IceCountView lifted, IceCountView declined) {}

    /** ICE's published yearly counts, one row per calendar year, oldest first. */
    private List<IceYear> iceYears(Reference ref, Lang lang) {
        Map<Integer, IceCountView> detainers = byYear(ref, CountSeries.detainers_by_year);
        Map<Integer, IceCountView> lifted = byYear(ref, CountSeries.lifted_by_year);
        Map<Integer, IceCountView> declined = new LinkedHashMap<>();
        for (IceCountView c : series(ref, CountSeries.lifted_by_reason_and_year)) {
            if (CountSeries.DECLINED_BY_LEA.equals(c.category())) {
                declined.put(c.periodStart().getYear(), c);
            }
        }
        List<IceYear> out = new ArrayList<>();
        for (var e : detainers.entrySet()) {
            IceCountView d = e.getValue();
            out.add(
                    new IceYear(
                            PageFormat.period(d.periodStart(), d.periodEnd(), lang),
                            d,
                            lifted.get(e.getKey()),
                            declined.get(e.getKey())));
        }
        return out;
    }

    private Map<Integer, IceCountView> byYear(Reference ref, CountSeries s) {
        Map<Integer, IceCountView> out = new TreeMap<>();
        series(ref, s).forEach(c -> out.put(c.periodStart().getYear(), c));
        return out;
    }

    private List<IceCountView> series(Reference ref, CountSeries s) {
        return counts.counts(
                ref,
                new IceCountQuery.Filter(s.name(), null, null, null, null, null),
                null,
                Integer.MAX_VALUE);
    }

    /**
     * A choice of a select. {@code granularities}: where it is published (space-separated), for the
     * script to disable the rest.
     */
    public record Option(
            String value, String label, boolean selected, boolean enabled, String granularities) {}

    /**
     * One cell: its period, the values of the grouped dimensions, its count or suppression; on the
     * chart, its panel ("" when there is one) and its series, and whether the chart draws it.
     */
    public record Row(
            String period,
            LocalDate periodStart,
            List<String> values,
            String panel,
            String series,
            Long count,
            boolean suppressed,
            boolean synthetic,
            boolean drawn) {}

    /** The most panels, and lines in a panel, the chart draws; the rest are in the table only. */
    static final int MAX_DRAWN = 8;

    /**
     * How the chart lays the cells out: one panel per value of {@code panelDimension} (null: one
     * panel), with the panels and the series it leaves out, each in the table only.
     */
    public record Layout(
            String panelDimension,
            int panels,
            List<String> panelsLeftOut,
            int series,
            List<String> seriesLeftOut) {}

    public record Model(
            List<Option> granularities,
            List<Option> groupings,
            List<Option> agencies,
            List<Option> outcomes,
            String from,
            String to,
            String error,
            List<String> dimensions,
            List<String> dimensionLabels,
            List<Row> rows,
            boolean truncated,
            int maxRows,
            String apiUrl,
            String csvUrl,
            int k,
            long suppressedCount,
            boolean synthetic,
            List<IceYear> iceYears,
            Layout layout) {}

    @GET
    public Response explore(
            @QueryParam("granularity") String granularity,
            @QueryParam("group_by") String groupBy,
            @QueryParam("agency") String agency,
            @QueryParam("outcome") String outcome,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return pages.answer(
                request,
                uri,
                headers,
                release,
                PageMessages::stats_title,
                "stats",
                null,
                read -> {
                    Releases.Header r = read.release();
                    Names.Of n = names.of(r);
                    StatsMessages words = Pages.messages(StatsMessages.class, read.lang());
                    String by = Objects.requireNonNullElse(FigurePages.blank(groupBy), "");
                    // dimensions are published by fiscal year only, the total by calendar year too
                    String g =
                            Objects.requireNonNullElse(
                                    FigurePages.blank(granularity),
                                    (by.isEmpty() ? Granularity.year : Granularity.fiscal_year)
                                            .name());
                    String a = FigurePages.blank(agency);
                    String o = FigurePages.blank(outcome);
                    String f = FigurePages.blank(from);
                    String t = FigurePages.blank(to);
                    Params.oneOf(
                            "granularity",
                            g,
                            Arrays.stream(Granularity.values()).map(Enum::name).toList());
                    Params.oneOf("outcome", o, Dimension.outcome.allowed());
                    LocalDate fromDate = Params.date("from", f);
                    LocalDate toDate = Params.date("to", t);
                    Params.range("from", fromDate, "to", toDate);
                    Granularity gran = Granularity.parse(g);

                    Map<String, String> filters = new LinkedHashMap<>();
                    if (a != null) {
                        filters.put("agency", a);
                    }
                    if (o != null) {
                        filters.put("outcome", o);
                    }
                    String error = null;
                    List<Row> rows = new ArrayList<>();
                    List<String> dims = List.of();
                    boolean truncated = false;
                    try {
                        StatTable table =
                                StatQuery.table(gran, by.isEmpty() ? null : by, filters.keySet());
                        dims = table.dimensions();
                        List<DetainerStatView> cells =
                                stats.cells(
                                        r, table, filters, fromDate, toDate, null, MAX_ROWS + 1);
                        if (cells.isEmpty() && stats.withheld(r, table)) {
                            throw StatQuery.withheldProblem(r, table);
                        }
                        truncated = cells.size() > MAX_ROWS;
                        for (DetainerStatView c :
                                cells.subList(0, Math.min(cells.size(), MAX_ROWS))) {
                            List<String> values = new ArrayList<>();
                            for (String d : dims) {
                                values.add(d.equals("agency") ? n.agency(c.value(d)) : c.value(d));
                            }
                            rows.add(
                                    new Row(
                                            label(gran, c.periodStart(), c.periodEnd(), read.msg()),
                                            c.periodStart(),
                                            values,
                                            "",
                                            "",
                                            c.count(),
                                            c.suppressed(),
                                            c.synthetic(),
                                            true));
                        }
                    } catch (ApiProblem e) {
                        error = e.getMessage();
                    }
                    String api =
                            FigurePages.query(
                                    "/v1/detainer-stats",
                                    "granularity",
                                    g,
                                    "group_by",
                                    by.isEmpty() ? null : by,
                                    "agency",
                                    a,
                                    "outcome",
                                    o,
                                    "from",
                                    f,
                                    "to",
                                    t,
                                    "release",
                                    r.id());
                    List<Option> agencies = new ArrayList<>();
                    agencies.add(new Option("", read.msg().any(), a == null, true, ""));
                    List<String> agencyIds = new ArrayList<>(n.agencies().keySet());
                    agencyIds.add("unknown");
                    for (String id : agencyIds) {
                        agencies.add(
                                new Option(
                                        id,
                                        id.equals("unknown")
                                                ? words.agency_unknown()
                                                : n.agency(id),
                                        id.equals(a),
                                        true,
                                        ""));
                    }
                    List<Option> outcomes = new ArrayList<>();
                    outcomes.add(new Option("", read.msg().any(), o == null, true, ""));
                    for (String id : new TreeSet<>(Dimension.outcome.allowed())) {
                        outcomes.add(new Option(id, id.replace('_', ' '), id.equals(o), true, ""));
                    }
                    String unknown = read.msg().unknown();
                    List<String> labels = dims.stream().map(d -> dimension(d, words)).toList();
                    Layout layout = layout(rows, labels, words.all_detainers(), unknown);
                    rows = laidOut(rows, labels.size(), words.all_detainers(), unknown);
                    Model m =
                            new Model(
                                    granularities(gran, words),
                                    groupings(gran, by, words),
                                    agencies,
                                    outcomes,
                                    Objects.toString(f, ""),
                                    Objects.toString(t, ""),
                                    error,
                                    dims,
                                    dims.stream().map(d -> dimension(d, words)).toList(),
                                    rows,
                                    truncated,
                                    MAX_ROWS,
                                    api,
                                    api + "&format=csv",
                                    anonymize.minCell(),
                                    rows.stream().filter(Row::suppressed).count(),
                                    rows.stream().anyMatch(Row::synthetic),
                                    iceYears(read.api().reference(), read.lang()),
                                    layout);
                    return pages.page(
                            read, Views.stats(read.chrome(), m), error == null ? 200 : 400);
                });
    }

    private static List<Option> granularities(Granularity chosen, StatsMessages msg) {
        List<Option> options = new ArrayList<>();
        for (Granularity g : Granularity.values()) {
            options.add(
                    new Option(
                            g.name(),
                            switch (g) {
                                case month -> msg.granularity_month();
                                case quarter -> msg.granularity_quarter();
                                case year -> msg.granularity_year();
                                case fiscal_year -> msg.granularity_fiscal_year();
                            },
                            g == chosen,
                            true,
                            ""));
        }
        return options;
    }

    /**
     * Every published grouping (none, one dimension, the published pairs), marked with the
     * granularities it is published at.
     */
    private static List<Option> groupings(Granularity chosen, String by, StatsMessages msg) {
        Map<String, List<String>> at = new LinkedHashMap<>();
        for (StatTable t : PublishedTables.all()) {
            at.computeIfAbsent(String.join(",", t.dimensions()), k -> new ArrayList<>())
                    .add(t.granularity().name());
        }
        List<Option> options = new ArrayList<>();
        at.forEach(
                (dims, gs) ->
                        options.add(
                                new Option(
                                        dims,
                                        dims.isEmpty() ? msg.group_none() : grouping(dims, msg),
                                        dims.equals(by),
                                        gs.contains(chosen.name()),
                                        String.join(" ", gs))));
        return options;
    }

    /** A grouping in words: "agency", "agency and outcome". */
    private static String grouping(String dims, StatsMessages msg) {
        List<String> names = Arrays.stream(dims.split(",")).map(d -> dimension(d, msg)).toList();
        return names.size() == 1 ? names.get(0) : msg.pair(names.get(0), names.get(1));
    }

    /**
     * The chart's panels and series: with two dimensions, a panel per value of the first and a line
     * per value of the second; with one, a line per value when there are at most {@link
     * #MAX_DRAWN}, else a panel per value; with none, one series. At most {@link #MAX_DRAWN} panels
     * and series are drawn, those with the most detainers (published counts summed).
     */
    private static Layout layout(List<Row> rows, List<String> dims, String all, String unknown) {
        List<Row> placed = place(rows, dims.size(), all, unknown);
        List<String> panels = ranked(placed, Row::panel);
        List<String> series = ranked(placed, Row::series);
        String panelDimension =
                panels.size() > 1 || (panels.size() == 1 && !panels.get(0).isEmpty())
                        ? dims.get(0)
                        : null;
        return new Layout(
                panelDimension,
                Math.min(panels.size(), MAX_DRAWN),
                panels.subList(Math.min(panels.size(), MAX_DRAWN), panels.size()),
                Math.min(series.size(), MAX_DRAWN),
                series.subList(Math.min(series.size(), MAX_DRAWN), series.size()));
    }

    /** The rows with their panel, series and whether they are drawn. */
    private static List<Row> laidOut(List<Row> rows, int dims, String all, String unknown) {
        List<Row> placed = place(rows, dims, all, unknown);
        Set<String> panels =
                Set.copyOf(
                        ranked(placed, Row::panel)
                                .subList(
                                        0, Math.min(MAX_DRAWN, ranked(placed, Row::panel).size())));
        List<String> rankedSeries = ranked(placed, Row::series);
        Set<String> series =
                Set.copyOf(rankedSeries.subList(0, Math.min(MAX_DRAWN, rankedSeries.size())));
        return placed.stream()
                .map(
                        r ->
                                new Row(
                                        r.period(),
                                        r.periodStart(),
                                        r.values(),
                                        r.panel(),
                                        r.series(),
                                        r.count(),
                                        r.suppressed(),
                                        r.synthetic(),
                                        panels.contains(r.panel()) && series.contains(r.series())))
                .toList();
    }

    private static List<Row> place(List<Row> rows, int dims, String all, String unknown) {
        long distinct =
                rows.stream()
                        .map(r -> r.values().isEmpty() ? "" : name(r.values().get(0), unknown))
                        .distinct()
                        .count();
        boolean panelPerValue = dims == 2 || (dims == 1 && distinct > MAX_DRAWN);
        return rows.stream()
                .map(
                        r -> {
                            List<String> v = r.values();
                            String panel = panelPerValue ? name(v.get(0), unknown) : "";
                            String series =
                                    dims == 2
                                            ? name(v.get(1), unknown)
                                            : dims == 1 && !panelPerValue
                                                    ? name(v.get(0), unknown)
                                                    : all;
                            return new Row(
                                    r.period(),
                                    r.periodStart(),
                                    v,
                                    panel,
                                    series,
                                    r.count(),
                                    r.suppressed(),
                                    r.synthetic(),
                                    r.drawn());
                        })
                .toList();
    }

    private static String name(String value, String unknown) {
        return value == null ? unknown : value;
    }

    /** The distinct keys, most detainers first (published counts summed), then by name. */
    private static List<String> ranked(List<Row> rows, Function<Row, String> key) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Row r : rows) {
            totals.merge(key.apply(r), r.count() == null ? 0L : r.count(), Long::sum);
        }
        return totals.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A dimension's name in the page's language ({@code age_band} → "age band"). */
    static String dimension(String d, StatsMessages msg) {
        return switch (Dimension.valueOf(d)) {
            case agency -> msg.dim_agency();
            case facility -> msg.dim_facility();
            case aor -> msg.dim_aor();
            case state -> msg.dim_state();
            case gender -> msg.dim_gender();
            case age_band -> msg.dim_age_band();
            case citizenship_country -> msg.dim_citizenship_country();
            case detainer_type -> msg.dim_detainer_type();
            case criminality -> msg.dim_criminality();
            case outcome -> msg.dim_outcome();
        };
    }

    /** A period as the granularity names it: 2017-03, 2017-Q1, 2017, FY2018 (2017-T1, AF2018). */
    static String label(Granularity g, LocalDate start, LocalDate end, PageMessages msg) {
        return switch (g) {
            case month -> start.toString().substring(0, 7);
            case quarter -> msg.quarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case year -> String.valueOf(start.getYear());
            case fiscal_year -> msg.fy(end.getYear());
        };
    }
}
