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
    public static String text(PlaceLabel label, PlaceMessages w) {
        return switch (label) {
            case agreement_jail_enforcement -> w.label_agreement_jail_enforcement();
            case agreement_task_force -> w.label_agreement_task_force();
            case agreement_warrant_service_officer -> w.label_agreement_warrant_service_officer();
            case unknown_window -> w.label_unknown_window();
            case local_policy -> w.label_local_policy();
            case local_policy_other -> w.label_local_policy_other();
            case state_law_limiting -> w.label_state_law_limiting();
            case state_law_other -> w.label_state_law_other();
            case none_known -> w.label_none_known();
        };
    }

    /** An agreement's model alone ("jail enforcement"), after its agency's name. */
    static String model(PlaceLabel label, PlaceMessages w) {
        return switch (label) {
            case agreement_jail_enforcement -> w.model_jail_enforcement();
            case agreement_task_force -> w.model_task_force();
            case agreement_warrant_service_officer -> w.model_warrant_service_officer();
            default -> text(label, w);
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
        Lang lang = read.lang();
        PlaceMessages w = Pages.messages(PlaceMessages.class, lang);
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
                            text(label, w),
                            chrome.policy(pol.id()),
                            start.toString(),
                            pol.effectiveOn() != null
                                    ? PageFormat.precise(
                                            pol.effectiveOn(),
                                            pol.effectiveOnPrecision(),
                                            lang.format)
                                    : w.adopted(
                                            PageFormat.precise(
                                                    pol.adoptedOn(),
                                                    pol.adoptedOnPrecision(),
                                                    lang.format)),
                            pol.endedOn() == null ? null : pol.endedOn().toString(),
                            pol.endedOn() == null
                                    ? w.no_end()
                                    : PageFormat.precise(
                                            pol.endedOn(), pol.endedOnPrecision(), lang.format),
                            null,
                            sources(w, n, pol.sourceIds())));
        }
        for (AgreementView a : p.agreements()) {
            PlaceLabel label = PlaceLabel.of(a.model());
            LocalDate start = a.signedOn() != null ? a.signedOn() : a.firstListedOn();
            if (start == null) {
                continue;
            }
            String startText =
                    a.signedOn() != null
                            ? w.signed(
                                    PageFormat.precise(
                                            a.signedOn(), a.signedOnPrecision(), lang.format))
                            : w.first_listed(PageFormat.date(a.firstListedOn(), lang));
            String end;
            String windowEnd = null;
            String endText;
            if (a.endedOn() != null) {
                end = a.endedOn().toString();
                endText = PageFormat.precise(a.endedOn(), a.endedOnPrecision(), lang.format);
            } else if (a.endedBefore() != null) {
                LocalDate after = a.endedAfter() != null ? a.endedAfter() : a.lastListedOn();
                end = after == null ? null : after.toString();
                windowEnd = a.endedBefore().toString();
                endText =
                        w.ended_between(
                                after == null ? w.date_not_known() : PageFormat.date(after, lang),
                                PageFormat.date(a.endedBefore(), lang));
            } else {
                end = null;
                endText =
                        a.lastListedOn() == null
                                ? w.no_end()
                                : w.no_end_last_listed(PageFormat.date(a.lastListedOn(), lang));
            }
            spans.add(
                    new PlacePages.Span(
                            a.agency() + ", " + model(label, w),
                            label.name(),
                            text(label, w),
                            chrome.agreement(a.id()),
                            start.toString(),
                            startText,
                            end,
                            endText,
                            windowEnd,
                            sources(w, n, a.sourceIds())));
        }
        spans.sort(Comparator.comparing(PlacePages.Span::start));

        List<PlacePages.Count> counts = new ArrayList<>();
        for (IceCountView c : p.iceCounts()) {
            counts.add(
                    new PlacePages.Count(
                            what(c, w),
                            c.facilityName() == null
                                    ? what(c, w)
                                    : c.facilityName() + ": " + what(c, w),
                            c.periodStart().toString(),
                            c.periodEnd().toString(),
                            PageFormat.period(c.periodStart(), c.periodEnd(), lang),
                            c.value(),
                            "/v1/ice-counts/" + c.id() + "?release=" + read.release().id(),
                            sources(w, n, List.of(c.sourceId()))));
        }
        for (FigureView f : p.figures()) {
            counts.add(
                    new PlacePages.Count(
                            n.measure(f.measure()),
                            n.measure(f.measure())
                                    + (f.agency() == null ? "" : ", " + n.agency(f.agency())),
                            f.periodStart().toString(),
                            f.periodEnd().toString(),
                            PageFormat.period(f.periodStart(), f.periodEnd(), lang),
                            f.value(),
                            chrome.figure(f.id()),
                            sources(w, n, List.of(f.sourceId()))));
        }
        counts.sort(
                Comparator.comparing(PlacePages.Count::x).thenComparing(PlacePages.Count::series));

        String kindLabel =
                switch (p.kind()) {
                    case state -> w.kind_state();
                    case county -> w.kind_county();
                    case city -> w.kind_city();
                };
        String idLabel =
                switch (p.kind()) {
                    case state -> w.id_state();
                    case county -> w.id_county();
                    case city -> w.id_city();
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
                p.kind() == PlaceKind.state ? w.children_state() : w.children_other(),
                children,
                spans,
                counts,
                p.kind() == PlaceKind.state ? w.counts_note_state() : w.counts_note_place(),
                span.max().toString(),
                p.facilities().stream().map(f -> new PlacePages.Link(f.id(), f.name())).toList(),
                p.agencies().stream().map(a -> new PlacePages.Link(a.id(), a.name())).toList(),
                p.howToCite(),
                "/v1/places/" + p.id() + "?release=" + read.release().id(),
                PageFormat.date(span.max(), lang),
                p.agreements().size(),
                agreementsList(chrome, p));
    }

    /**
     * The list of the place's 287(g) agreements on {@code /agreements}: a state's by its code, a
     * county's by its state and ICE's name of the county when its agreements give one; null when
     * the place has none.
     */
    private static String agreementsList(Chrome chrome, PlaceView p) {
        if (p.agreements().isEmpty() || p.state() == null) {
            return null;
        }
        List<String> counties =
                p.agreements().stream().map(AgreementView::county).distinct().toList();
        String county =
                p.kind() == PlaceKind.county && counties.size() == 1 ? counties.get(0) : null;
        return chrome.linkWith(
                FigurePages.query("/agreements", "state", p.state(), "county", county));
    }

    /** "Harris County, Texas" style names: the county with its state's name. */
    private static String title(PlaceView p) {
        if (p.kind() == PlaceKind.county && p.parentName() != null) {
            return p.name() + ", " + p.parentName();
        }
        return p.name();
    }

    private static String what(IceCountView c, PlaceMessages w) {
        return c.series() == CountSeries.declined_by_facility_and_year
                ? w.declined_by_agency()
                : c.series() == CountSeries.lifted_other_reason_by_facility_and_year
                        ? w.lifted_other()
                        : c.series().name().replace('_', ' ');
    }

    private static String sources(PlaceMessages w, Names.Of n, List<String> ids) {
        List<String> out =
                ids.stream()
                        .map(n::source)
                        .filter(Objects::nonNull)
                        .map(SourceView::citation)
                        .toList();
        return out.isEmpty() ? w.not_recorded() : String.join("; ", out);
    }
}
