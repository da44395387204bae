package org.opendetainers.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.PlaceLabel;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.PlaceQuery;
import org.opendetainers.query.Reference;
import org.opendetainers.representation.AgreementView;
import org.opendetainers.representation.FigureView;
import org.opendetainers.representation.IceCountView;
import org.opendetainers.representation.PlaceInForceView;
import org.opendetainers.representation.PlaceView;
import org.opendetainers.representation.PlaceView.PlacePolicy;
import org.opendetainers.representation.SourceView;

/**
 * The places of a release as the pages show them ({@link PlaceQuery}): each state or county with
 * what was in force there on a date, for the map; one place with its timeline and counts, for its
 * page; and the labels of {@link PlaceLabel} as the legend reads them.
 */
@ApplicationScoped
public class PlaceAreas {

    /** The first day the map offers: before the first policy of the data (2003). */
    static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

    private final PlaceQuery places;
    private final Names names;

    public PlaceAreas(PlaceQuery places, Names names) {
        this.places = places;
        this.names = names;
    }

    /** A label as the legend and the tables read it. */
    public static String text(PlaceLabel label) {
        return switch (label) {
            case agreement_jail_enforcement -> "287(g) agreement: jail enforcement";
            case agreement_task_force -> "287(g) agreement: task force";
            case agreement_warrant_service_officer -> "287(g) agreement: warrant service officer";
            case unknown_window -> "Unknown (an agreement between ICE's lists)";
            case local_policy -> "Local policy limiting cooperation";
            case local_policy_other -> "Other local policy";
            case state_law_limiting -> "State law limiting cooperation";
            case state_law_other -> "Other state law";
            case none_known -> "None known";
        };
    }

    /** The first and last dates the map offers. */
    public record Span(LocalDate min, LocalDate max) {}

    /**
     * From 2000 to the release's date (a release is named after the newest date its data states),
     * or today when its id is not a date.
     */
    Span span(Pages.Read read) {
        LocalDate last;
        try {
            last = LocalDate.parse(read.release().id());
        } catch (DateTimeParseException e) {
            last = LocalDate.now();
        }
        return new Span(FIRST, last);
    }

    /** Every place of {@code kind} with its label on {@code on}. */
    List<MapPage.Area> areas(Pages.Read read, PlaceKind kind, LocalDate on) {
        List<PlaceInForceView> found = places.inForce(read.api().reference(), kind, null, on);
        return found.stream()
                .map(
                        p ->
                                new MapPage.Area(
                                        p.id(),
                                        p.name(),
                                        p.kind() == PlaceKind.state ? p.id() : p.parentId(),
                                        p.label() == null ? PlaceLabel.none_known : p.label()))
                .toList();
    }

    /** One place's page: its timeline (every policy and agreement) and its counts. */
    PlacePages.PlaceModel place(Pages.Read read, String id) {
        Reference ref = read.api().reference();
        PlaceView p =
                places.place(ref, id, null)
                        .orElseThrow(
                                () ->
                                        ApiProblem.notFound(
                                                "no place '"
                                                        + id
                                                        + "' in release "
                                                        + read.release().id()));
        Names.Of n = names.of(read.release());
        Chrome chrome = read.chrome();
        Span span = span(read);
        List<PlacePages.Span> spans = new ArrayList<>();
        for (PlacePolicy pol : p.policies()) {
            boolean state = pol.level().equals("state");
            PlaceLabel label =
                    state
                            ? (pol.limitsCooperation()
                                    ? PlaceLabel.state_law_limiting
                                    : PlaceLabel.state_law_other)
                            : (pol.limitsCooperation()
                                    ? PlaceLabel.local_policy
                                    : PlaceLabel.local_policy_other);
            LocalDate start = pol.effectiveOn() != null ? pol.effectiveOn() : pol.adoptedOn();
            if (start == null) {
                continue;
            }
            spans.add(
                    new PlacePages.Span(
                            pol.title(),
                            label.name(),
                            text(label),
                            chrome.policy(pol.id()),
                            start.toString(),
                            pol.effectiveOn() != null
                                    ? PageFormat.precise(
                                            pol.effectiveOn(), pol.effectiveOnPrecision(), Lang.en)
                                    : "adopted "
                                            + PageFormat.precise(
                                                    pol.adoptedOn(),
                                                    pol.adoptedOnPrecision(),
                                                    Lang.en),
                            pol.endedOn() == null ? null : pol.endedOn().toString(),
                            pol.endedOn() == null
                                    ? "no end known"
                                    : PageFormat.precise(
                                            pol.endedOn(), pol.endedOnPrecision(), Lang.en),
                            null,
                            sources(n, pol.sourceIds())));
        }
        for (AgreementView a : p.agreements()) {
            PlaceLabel label = PlaceLabel.of(a.model());
            LocalDate start = a.signedOn() != null ? a.signedOn() : a.firstListedOn();
            if (start == null) {
                continue;
            }
            String startText =
                    a.signedOn() != null
                            ? "signed "
                                    + PageFormat.precise(
                                            a.signedOn(), a.signedOnPrecision(), Lang.en)
                            : "first listed " + a.firstListedOn();
            String end;
            String windowEnd = null;
            String endText;
            if (a.endedOn() != null) {
                end = a.endedOn().toString();
                endText = PageFormat.precise(a.endedOn(), a.endedOnPrecision(), Lang.en);
            } else if (a.endedBefore() != null) {
                LocalDate after = a.endedAfter() != null ? a.endedAfter() : a.lastListedOn();
                end = after == null ? null : after.toString();
                windowEnd = a.endedBefore().toString();
                endText =
                        "ended between "
                                + (after == null ? "a date not known" : after)
                                + " and "
                                + a.endedBefore()
                                + " (last listed, then no longer listed)";
            } else {
                end = null;
                endText =
                        a.lastListedOn() == null
                                ? "no end known"
                                : "no end known (last listed " + a.lastListedOn() + ")";
            }
            spans.add(
                    new PlacePages.Span(
                            a.agency() + ", " + text(label).replace("287(g) agreement: ", ""),
                            label.name(),
                            text(label),
                            "/v1/agreements/" + a.id() + "?release=" + read.release().id(),
                            start.toString(),
                            startText,
                            end,
                            endText,
                            windowEnd,
                            sources(n, a.sourceIds())));
        }
        spans.sort(Comparator.comparing(PlacePages.Span::start));

        List<PlacePages.Count> counts = new ArrayList<>();
        for (IceCountView c : p.iceCounts()) {
            counts.add(
                    new PlacePages.Count(
                            what(c),
                            c.facilityName() == null ? what(c) : c.facilityName() + ": " + what(c),
                            c.periodStart().toString(),
                            c.periodEnd().toString(),
                            PageFormat.period(c.periodStart(), c.periodEnd(), Lang.en),
                            c.value(),
                            "/v1/ice-counts/" + c.id() + "?release=" + read.release().id(),
                            sources(n, List.of(c.sourceId()))));
        }
        for (FigureView f : p.figures()) {
            counts.add(
                    new PlacePages.Count(
                            n.measure(f.measure()),
                            n.measure(f.measure())
                                    + (f.agency() == null ? "" : ", " + n.agency(f.agency())),
                            f.periodStart().toString(),
                            f.periodEnd().toString(),
                            PageFormat.period(f.periodStart(), f.periodEnd(), Lang.en),
                            f.value(),
                            chrome.figure(f.id()),
                            sources(n, List.of(f.sourceId()))));
        }
        counts.sort(
                Comparator.comparing(PlacePages.Count::x).thenComparing(PlacePages.Count::series));

        String kindLabel =
                switch (p.kind()) {
                    case state -> "State";
                    case county -> "County";
                    case city -> "City";
                };
        String idLabel =
                switch (p.kind()) {
                    case state -> "state FIPS code";
                    case county -> "county FIPS code";
                    case city -> "id";
                };
        List<PlacePages.Link> children = new ArrayList<>();
        p.children().forEach(c -> children.add(new PlacePages.Link(c.id(), c.name())));
        p.cities().forEach(c -> children.add(new PlacePages.Link(c.id(), c.name())));
        return new PlacePages.PlaceModel(
                p.id(),
                idLabel,
                title(p),
                kindLabel,
                p.parentId() == null ? null : new PlacePages.Link(p.parentId(), p.parentName()),
                p.kind() == PlaceKind.state
                        ? "Counties and cities"
                        : "Places within or spanning it",
                children,
                spans,
                counts,
                p.kind() == PlaceKind.state
                        ? "ICE's published counts of the facilities in this state (ICE's records of October 2007 to July 2015 as NPR counted them), and the figures of its jurisdictions, by period."
                        : "ICE's published counts of this place's facilities (ICE's records of October 2007 to July 2015 as NPR counted them), and the figures of its jurisdictions, by period.",
                span.max().toString(),
                p.facilities().stream().map(f -> new PlacePages.Link(f.id(), f.name())).toList(),
                p.agencies().stream().map(a -> new PlacePages.Link(a.id(), a.name())).toList(),
                p.howToCite(),
                "/v1/places/" + p.id() + "?release=" + read.release().id());
    }

    /** "Harris County, Texas" style names: the county with its state's name. */
    private static String title(PlaceView p) {
        if (p.kind() == PlaceKind.county && p.parentName() != null) {
            return p.name() + ", " + p.parentName();
        }
        return p.name();
    }

    private static String what(IceCountView c) {
        return c.series() == CountSeries.declined_by_facility_and_year
                ? "Declined by the receiving agency"
                : c.series() == CountSeries.lifted_other_reason_by_facility_and_year
                        ? "Lifted for another reason"
                        : c.series().name().replace('_', ' ');
    }

    private static String sources(Names.Of n, List<String> ids) {
        List<String> out =
                ids.stream()
                        .map(n::source)
                        .filter(Objects::nonNull)
                        .map(SourceView::citation)
                        .toList();
        return out.isEmpty() ? "not recorded" : String.join("; ", out);
    }
}
