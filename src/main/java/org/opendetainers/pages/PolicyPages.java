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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.opendetainers.api.Params;
import org.opendetainers.domain.vocabulary.JurisdictionKind;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.PolicyQuery;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.JurisdictionView;
import org.opendetainers.representation.PolicyView;
import org.opendetainers.representation.SourceView;

/**
 * {@code /policies}: a timeline per jurisdiction, and what was in force on a date; {@code
 * /policies/{id}}: one policy.
 */
@Path(Lang.PREFIX + "policies")
@Produces(MediaType.TEXT_HTML)
public class PolicyPages {

    private final Pages pages;
    private final Names names;
    private final PolicyQuery policies;

    public PolicyPages(Pages pages, Names names, PolicyQuery policies) {
        this.pages = pages;
        this.names = names;
        this.policies = policies;
    }

    /** The policies of one jurisdiction, in timeline order. */
    public record Timeline(String jurisdiction, String name, List<PolicyView> policies) {}

    /**
     * @param inForceOn the date asked, as typed (empty for none)
     * @param inForceOnDate the same date as the page's language writes it
     */
    public record ListModel(
            Names.Of names,
            String state,
            List<String> states,
            String inForceOn,
            String inForceOnDate,
            List<Timeline> timelines,
            int count,
            String apiUrl) {}

    /** A provision as a row: what it is, and its value in words. */
    public record Provision(String name, String value) {}

    public record PolicyModel(
            PolicyView policy,
            Names.Of names,
            List<Provision> provisions,
            List<SourceView> sources,
            List<String> unknownSources,
            String agreementsState,
            String agreementsHref) {}

    @GET
    public Response list(
            @QueryParam("state") String state,
            @QueryParam("in_force_on") String inForceOn,
            @QueryParam("release") String release,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        return pages.answer(
                request,
                uri,
                headers,
                release,
                PageMessages::policies_title,
                "policies",
                null,
                read -> {
                    Releases.Header r = read.release();
                    Names.Of n = names.of(r);
                    String day = FigurePages.blank(inForceOn);
                    String st = FigurePages.blank(state);
                    Params.stateCode("state", st, "TX");
                    LocalDate date = Params.date("in_force_on", day);
                    Map<String, List<PolicyView>> byJurisdiction = new LinkedHashMap<>();
                    List<PolicyView> found =
                            policies.policies(
                                    read.api().reference(),
                                    new PolicyQuery.Filter(null, st, null, null, date),
                                    null,
                                    Integer.MAX_VALUE);
                    for (PolicyView p : found) {
                        byJurisdiction
                                .computeIfAbsent(p.jurisdiction(), k -> new ArrayList<>())
                                .add(p);
                    }
                    List<Timeline> timelines = new ArrayList<>();
                    byJurisdiction.forEach(
                            (j, list) -> timelines.add(new Timeline(j, n.jurisdiction(j), list)));
                    timelines.sort(
                            (a, b) ->
                                    a.jurisdiction().equals(HomePage.CITY)
                                            ? -1
                                            : b.jurisdiction().equals(HomePage.CITY)
                                                    ? 1
                                                    : a.name().compareTo(b.name()));
                    String api =
                            FigurePages.query(
                                    "/v1/policies",
                                    "state",
                                    st,
                                    "in_force_on",
                                    day,
                                    "release",
                                    r.id());
                    TreeSet<String> states = new TreeSet<>();
                    n.jurisdictions().values().stream()
                            .map(JurisdictionView::state)
                            .filter(Objects::nonNull)
                            .forEach(states::add);
                    ListModel m =
                            new ListModel(
                                    n,
                                    Objects.toString(st, ""),
                                    List.copyOf(states),
                                    Objects.toString(day, ""),
                                    date == null ? "" : PageFormat.date(date, read.lang()),
                                    timelines,
                                    found.size(),
                                    api);
                    String title =
                            date == null
                                    ? (st == null
                                            ? read.msg().policies_title()
                                            : read.msg().policies_state_title(st))
                                    : read.msg()
                                                    .policies_in_force_title(
                                                            PageFormat.date(date, read.lang()))
                                            + (st == null
                                                    ? ""
                                                    : " " + read.msg().policies_count_in(st));
                    Chrome chrome = read.chrome().withTitle(title);
                    return pages.ok(read, Views.policies(chrome, m));
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
                msg -> msg.policy_title(id),
                "policies",
                null,
                read -> {
                    Releases.Header r = read.release();
                    PolicyView p =
                            policies.policy(read.api().reference(), id)
                                    .orElseThrow(
                                            () ->
                                                    ApiProblem.notFound(
                                                            "no policy '"
                                                                    + id
                                                                    + "' in release "
                                                                    + r.id()
                                                                    + "; see /policies"));
                    Names.Of n = names.of(r);
                    List<SourceView> sources =
                            p.sourceIds().stream().map(n::source).filter(Objects::nonNull).toList();
                    List<String> unknown =
                            p.sourceIds().stream().filter(s -> n.source(s) == null).toList();
                    JurisdictionView j = n.jurisdictions().get(p.jurisdiction());
                    String agreementsState =
                            j != null
                                            && j.state() != null
                                            && (j.kind() == JurisdictionKind.state
                                                    || j.kind() == JurisdictionKind.county)
                                    ? j.state()
                                    : null;
                    PolicyModel m =
                            new PolicyModel(
                                    p,
                                    n,
                                    provisions(p, read.msg()),
                                    sources,
                                    unknown,
                                    agreementsState,
                                    agreementsState == null
                                            ? null
                                            : read.chrome()
                                                    .linkWith(
                                                            "/agreements?state="
                                                                    + agreementsState));
                    return pages.ok(read, Views.policy(read.chrome().withTitle(p.title()), m));
                });
    }

    /** The provisions the policy addresses, in words; those it does not address are left out. */
    static List<Provision> provisions(PolicyView p, PageMessages msg) {
        var v = p.provisions();
        List<Provision> rows = new ArrayList<>();
        if (v == null) {
            return rows;
        }
        add(rows, msg.provision_judicial_warrant(), yesNo(v.requiresJudicialWarrant(), msg));
        add(
                rows,
                msg.provision_lookback(),
                v.convictionLookbackYears() == null
                        ? null
                        : msg.years(v.convictionLookbackYears()));
        add(
                rows,
                msg.provision_offense_count(),
                v.coveredOffenseCount() == null ? null : String.valueOf(v.coveredOffenseCount()));
        add(rows, msg.provision_offense_list(), v.coveredOffenseList());
        add(rows, msg.provision_watchlist(), yesNo(v.terroristWatchlistException(), msg));
        add(rows, msg.provision_ice_office(), yesNo(v.allowsIceOffice(), msg));
        add(rows, msg.provision_information(), yesNo(v.limitsInformationSharing(), msg));
        add(
                rows,
                msg.provision_max_hold(),
                v.maxHoldHours() == null ? null : msg.hours(v.maxHoldHours()));
        return rows;
    }

    private static void add(List<Provision> rows, String name, String value) {
        if (value != null) {
            rows.add(new Provision(name, value));
        }
    }

    private static String yesNo(Boolean b, PageMessages msg) {
        return b == null ? null : b ? msg.yes() : msg.no();
    }
}
