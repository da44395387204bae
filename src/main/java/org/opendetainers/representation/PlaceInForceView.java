package org.opendetainers.representation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Place;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.PlaceLabel;

@Schema(
        name = "PlaceInForce",
        description =
                "A place and, with on=D, what was in force there on D: one label picked by a stated order (label) and every label that applies (labels), with the ids of the policies and agreements behind them. Built for a map: one row per state or county.")
public record PlaceInForceView(
        @Schema(
                        description =
                                "Stable id: the 2-digit state FIPS code, the 5-digit county FIPS code, or a city's own id.",
                        examples = "48201")
                String id,
        @Schema(description = "Kind of place.", examples = "county") PlaceKind kind,
        @Schema(
                        description =
                                "Name, as the Census Bureau's boundaries give it (a county without 'County').",
                        examples = "Harris")
                String name,
        @Schema(description = "Two-letter postal code of its state.", examples = "TX") String state,
        @Schema(
                        description = "Id of the state it is in; null for a state.",
                        nullable = true,
                        examples = "48")
                String parentId,
        @Schema(
                        description =
                                "For a city: the counties it spans, where a source gives them; empty otherwise.",
                        examples = "[]")
                List<String> countyIds,
        @Schema(
                        description = "The date asked (on=); null without it.",
                        nullable = true,
                        examples = "2025-07-01")
                LocalDate on,
        @Schema(
                        description =
                                "The one label of the place on the date: the first of labels in the order of docs/api.md (a county or city: its agreements, unknown_window, a limiting local policy, a limiting state law, then other local policies and state laws; a state: a limiting state law first, then the agreements within it). null without on.",
                        // a string in the spec: the Java client fails on the null of a nullable
                        // enumeration (ClientIT)
                        implementation = String.class,
                        nullable = true,
                        examples = "agreement_jail_enforcement")
                PlaceLabel label,
        @Schema(
                        description =
                                "Every label that applies on the date, in the order that picks label; empty without on.",
                        examples = "[\"agreement_jail_enforcement\", \"state_law_other\"]")
                List<PlaceLabel> labels,
        @Schema(
                        description =
                                "Ids of the policies in force on the date that apply to the place (see /v1/policies); empty without on.",
                        examples = "[\"texas-sb-4-2017\"]")
                List<String> policyIds,
        @Schema(
                        description =
                                "Ids of the 287(g) agreements in force on the date (see /v1/agreements); empty without on.",
                        examples = "[\"tx-harris-county-sheriffs-office-jem\"]")
                List<String> agreementIds,
        @Schema(
                        description =
                                "Ids of the 287(g) agreements whose answer for the date is unknown (inside the end window, or a signed month or year); empty without on.",
                        examples = "[]")
                List<String> agreementIdsUnknown,
        @Schema(
                        description = "Ids of the sources of the place (see /v1/sources).",
                        examples = "[\"us-atlas-3-0-1-counties\"]")
                List<String> sourceIds,
        @Schema(description = "Remarks on the place.", nullable = true) String note) {

    /** A place without a date: no labels. */
    public static PlaceInForceView of(Place p) {
        return of(p, null, List.of(), List.of(), List.of(), List.of());
    }

    /** A place with the labels, policies and agreements of {@code on}. */
    public static PlaceInForceView of(
            Place p,
            LocalDate on,
            List<PlaceLabel> labels,
            List<String> policyIds,
            List<String> agreementIds,
            List<String> agreementIdsUnknown) {
        return new PlaceInForceView(
                p.id,
                p.kind,
                p.name,
                p.state,
                p.parentId,
                List.of(p.countyIds),
                on,
                labels.isEmpty() ? null : labels.get(0),
                labels,
                policyIds,
                agreementIds,
                agreementIdsUnknown,
                List.of(p.sourceIds),
                p.note);
    }

    public List<String> sortKey() {
        return List.of(id);
    }

    @Schema(
            name = "PlaceInForceList",
            description = "A page of places, by id, with what was in force on the date asked.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<PlaceInForceView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}
