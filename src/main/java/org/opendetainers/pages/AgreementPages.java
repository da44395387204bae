package org.opendetainers.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.opendetainers.api.Cursor;
import org.opendetainers.api.Params;
import org.opendetainers.config.ApiConfig;
import org.opendetainers.domain.vocabulary.AgreementModel;
import org.opendetainers.domain.vocabulary.AgreementStatus;
import org.opendetainers.domain.vocabulary.InForce;
import org.opendetainers.domain.vocabulary.PlaceLabel;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.AgreementQuery;
import org.opendetainers.query.Reference;
import org.opendetainers.representation.AgreementView;
import org.opendetainers.representation.SourceView;

/**
 * {@code /agreements}: the 287(g) agreements filtered as {@code /v1/agreements} filters them
 * (state, county, model, in force on a date), counted, a page at a time in the API's order and page
 * sizes; {@code /agreements/{id}}: one agreement, its dates, its end or end window, its sources and
 * its citation.
 */
@Path(Lang.PREFIX + "agreements")
@Produces(MediaType.TEXT_HTML)
public class AgreementPages {

    /** A choice of a select: its value and its words. */
    public record Option(String value, String label) {}

    /** One agreement as a row of the list, in the page's language. */
    public record Row(
            String href,
            String agency,
            String state,
            String county,
            String countyHref,
            String model,
            String signed,
            String listed,
            String end,
            String inForce,
            boolean unknown) {}

    /**
     * @param inForceOn the date asked, as typed (empty for none)
     * @param inForceOnDate the same date as the page's language writes it
     * @param first the position of the first row shown (1 for the first page; 0 when none)
     */
    public record ListModel(
            String state,
            String county,
            String model,
            String inForceOn,
            String inForceOnDate,
            String limit,
            List<String> states,
            List<Option> models,
            List<Row> rows,
            int count,
            int yes,
            int unknown,
            int first,
            int last,
            String nextUrl,
            String firstUrl,
            String apiUrl) {}

    public record OneModel(
            AgreementView agreement,
            String model,
            String signed,
            String firstListed,
            String lastListed,
            String end,
            String status,
            String countyHref,
            String stateHref,
            List<SourceView> sources,
            List<String> unknownSources,
            String apiUrl) {}

    private final Pages pages;
    private final Names names;
    private final AgreementQuery agreements;
    private final ApiConfig api;

    public AgreementPages(Pages pages, Names names, AgreementQuery agreements, ApiConfig api) {
        this.pages = pages;
        this.names = names;
        this.agreements = agreements;
        this.api = api;
    }

    @GET
    public Response list(
            @QueryParam("state") String state,
            @QueryParam("county") String county,
            @QueryParam("model") String model,
            @QueryParam("in_force_on") String inForceOn,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return pages.answer(
                request,
                uri,
                headers,
                release,
                msg -> texts(uri).list_title(),
                "agreements",
                null,
                read -> {
                    AgreementMessages w = Pages.messages(AgreementMessages.class, read.lang());
                    PlaceMessages pw = Pages.messages(PlaceMessages.class, read.lang());
                    Reference ref = read.api().reference();
                    String st = FigurePages.blank(state);
                    String co = FigurePages.blank(county);
                    String mo = FigurePages.blank(model);
                    String day = FigurePages.blank(inForceOn);
                    String lim = FigurePages.blank(limit);
                    Params.stateCode("state", st, "TX");
                    Params.vocabulary("model", mo, AgreementModel.class);
                    LocalDate date = Params.date("in_force_on", day);
                    int size = Params.limit(lim, api.defaultLimit(), api.maxLimit());
                    String after = null;
                    if (cursor != null) {
                        Cursor c = Cursor.decode(cursor, 1);
                        if (!c.release().equals(read.release().id())) {
                            throw ApiProblem.invalidParameter(
                                    "cursor",
                                    "this cursor belongs to release "
                                            + c.release()
                                            + ", not "
                                            + read.release().id());
                        }
                        after = c.key().get(0);
                    }
                    AgreementQuery.Filter filter =
                            new AgreementQuery.Filter(st, co, null, mo, date);
                    List<AgreementView> all =
                            agreements.agreements(ref, filter, null, Integer.MAX_VALUE);
                    List<AgreementView> page = agreements.agreements(ref, filter, after, size + 1);
                    boolean more = page.size() > size;
                    List<AgreementView> shown = more ? page.subList(0, size) : page;
                    int first = 0;
                    if (!shown.isEmpty()) {
                        String id = shown.get(0).id();
                        for (int i = 0; i < all.size(); i++) {
                            if (all.get(i).id().equals(id)) {
                                first = i + 1;
                                break;
                            }
                        }
                    }
                    int unknown =
                            (int) all.stream().filter(a -> a.inForce() == InForce.unknown).count();
                    TreeSet<String> states = new TreeSet<>();
                    agreements
                            .agreements(
                                    ref,
                                    new AgreementQuery.Filter(null, null, null, null, null),
                                    null,
                                    Integer.MAX_VALUE)
                            .forEach(a -> states.add(a.state()));
                    List<Option> models =
                            Arrays.stream(AgreementModel.values())
                                    .map(m -> new Option(m.name(), modelText(m, pw)))
                                    .toList();
                    Chrome chrome = read.chrome();
                    List<Row> rows = new ArrayList<>();
                    for (AgreementView a : shown) {
                        rows.add(
                                new Row(
                                        chrome.agreement(a.id()),
                                        a.agency(),
                                        a.state(),
                                        a.county(),
                                        a.countyFips() == null
                                                ? null
                                                : chrome.place(a.countyFips()),
                                        modelText(a.model(), pw),
                                        PageFormat.precise(
                                                a.signedOn(),
                                                a.signedOnPrecision(),
                                                read.lang().format),
                                        w.listed(
                                                PageFormat.date(a.firstListedOn(), read.lang()),
                                                PageFormat.date(a.lastListedOn(), read.lang())),
                                        end(a, w, read.lang(), false),
                                        a.inForce() == null
                                                ? null
                                                : a.inForce() == InForce.unknown
                                                        ? w.in_force_unknown()
                                                        : w.in_force_yes(),
                                        a.inForce() == InForce.unknown));
                    }
                    String path = chrome.path("/agreements");
                    String releaseId = read.release().id();
                    String next =
                            more
                                    ? address(
                                            path,
                                            st,
                                            co,
                                            mo,
                                            day,
                                            "limit",
                                            lim,
                                            "cursor",
                                            new Cursor(releaseId, List.of(shown.get(size - 1).id()))
                                                    .encode(),
                                            "release",
                                            releaseId)
                                    : null;
                    String firstUrl =
                            after == null
                                    ? null
                                    : address(
                                            path,
                                            st,
                                            co,
                                            mo,
                                            day,
                                            "limit",
                                            lim,
                                            "release",
                                            chrome.pinned() ? releaseId : null);
                    String apiUrl =
                            address("/v1/agreements", st, co, mo, day, "release", releaseId);
                    String dateText = date == null ? "" : PageFormat.date(date, read.lang());
                    ListModel m =
                            new ListModel(
                                    Objects.toString(st, ""),
                                    Objects.toString(co, ""),
                                    Objects.toString(mo, ""),
                                    Objects.toString(day, ""),
                                    dateText,
                                    Objects.toString(lim, ""),
                                    List.copyOf(states),
                                    models,
                                    rows,
                                    all.size(),
                                    all.size() - unknown,
                                    unknown,
                                    first,
                                    first == 0 ? 0 : first + shown.size() - 1,
                                    next,
                                    firstUrl,
                                    apiUrl);
                    String title = date == null ? w.list_title() : w.list_title_on(dateText);
                    if (st != null) {
                        title = title + " " + w.in_state_short(st);
                    }
                    return pages.ok(read, Views.agreements(chrome.withTitle(title), m));
                });
    }

    @GET
    @Path("{id}")
    public Response one(
            @PathParam("id") String id,
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return pages.answer(
                request,
                uri,
                headers,
                release,
                msg -> texts(uri).one_title(id),
                "agreements",
                null,
                read -> {
                    AgreementView a =
                            agreements
                                    .agreement(read.api().reference(), id)
                                    .orElseThrow(
                                            () ->
                                                    ApiProblem.notFound(
                                                            "no agreement '"
                                                                    + id
                                                                    + "' in release "
                                                                    + read.release().id()
                                                                    + "; see /agreements"));
                    AgreementMessages w = Pages.messages(AgreementMessages.class, read.lang());
                    PlaceMessages pw = Pages.messages(PlaceMessages.class, read.lang());
                    Names.Of n = names.of(read.release());
                    Chrome chrome = read.chrome();
                    Lang lang = read.lang();
                    OneModel m =
                            new OneModel(
                                    a,
                                    modelText(a.model(), pw),
                                    PageFormat.precise(
                                            a.signedOn(), a.signedOnPrecision(), lang.format),
                                    PageFormat.date(a.firstListedOn(), lang),
                                    PageFormat.date(a.lastListedOn(), lang),
                                    end(a, w, lang, true),
                                    a.status() == AgreementStatus.active
                                            ? w.status_active()
                                            : w.status_ended(),
                                    a.countyFips() == null ? null : chrome.place(a.countyFips()),
                                    chrome.linkWith("/agreements?state=" + a.state()),
                                    a.sourceIds().stream()
                                            .map(n::source)
                                            .filter(Objects::nonNull)
                                            .toList(),
                                    a.sourceIds().stream()
                                            .filter(s -> n.source(s) == null)
                                            .toList(),
                                    "/v1/agreements/" + a.id() + "?release=" + read.release().id());
                    String title = a.agency() + ", " + m.model();
                    return pages.ok(read, Views.agreement(chrome.withTitle(title), m));
                });
    }

    /**
     * {@code path} with the list's filters and then {@code more} (names and values; null: left
     * out).
     */
    private static String address(
            String path, String state, String county, String model, String day, String... more) {
        List<String> kv =
                new ArrayList<>(
                        Arrays.asList(
                                "state",
                                state,
                                "county",
                                county,
                                "model",
                                model,
                                "in_force_on",
                                day));
        kv.addAll(Arrays.asList(more));
        return FigurePages.query(path, kv.toArray(String[]::new));
    }

    private static AgreementMessages texts(UriInfo uri) {
        return Pages.messages(AgreementMessages.class, Lang.ofPath(uri.getPath()));
    }

    /** A model's name ("jail enforcement"), as the map and the place pages write it. */
    static String modelText(AgreementModel model, PlaceMessages w) {
        return PlaceAreas.model(PlaceLabel.of(model), w);
    }

    /**
     * An agreement's end: its day where a text gives it, else the window between ICE's last list
     * that shows it and the first that does not, else none known. Never a guessed day.
     */
    static String end(AgreementView a, AgreementMessages w, Lang lang, boolean long_) {
        if (a.endedOn() != null) {
            return PageFormat.precise(a.endedOn(), a.endedOnPrecision(), lang.format);
        }
        if (a.endedBefore() != null) {
            LocalDate after = a.endedAfter() != null ? a.endedAfter() : a.lastListedOn();
            String afterText = PageFormat.date(after, lang);
            String beforeText = PageFormat.date(a.endedBefore(), lang);
            return long_ ? w.window_long(afterText, beforeText) : w.window(afterText, beforeText);
        }
        return long_ ? w.no_end_long(PageFormat.date(a.lastListedOn(), lang)) : w.no_end();
    }
}
