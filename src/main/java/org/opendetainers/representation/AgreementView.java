package org.opendetainers.representation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Agreement;
import org.opendetainers.domain.vocabulary.AgreementModel;
import org.opendetainers.domain.vocabulary.AgreementStatus;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.InForce;

@Schema(
        name = "Agreement",
        description =
                "A 287(g) agreement: one agency and one of ICE's models, as ICE's lists of participating agencies show it. ICE publishes no end date: an agreement no longer listed has an end window (ended_after, ended_before), never a day.")
public record AgreementView(
        @Schema(
                        description = "Stable id (slug): the agency id and the model's code.",
                        examples = "tx-aransas-county-sheriffs-office-jem")
                String id,
        @Schema(
                        description =
                                "Id of the agency (slug of its state and ICE's name); one agency may hold several agreements.",
                        examples = "tx-aransas-county-sheriffs-office")
                String agencyId,
        @Schema(
                        description = "The agency, as ICE's latest list showing it names it.",
                        examples = "Aransas County Sheriff's Office")
                String agency,
        @Schema(
                        description = "ICE's type of agency (County, Municipality, State Agency…).",
                        nullable = true,
                        examples = "County")
                String agencyType,
        @Schema(description = "Two-letter state code.", examples = "TX") String state,
        @Schema(
                        description =
                                "ICE's county; null where ICE gives none (agencies that are not county agencies).",
                        nullable = true,
                        examples = "Aransas County")
                String county,
        @Schema(
                        description =
                                "The 5-digit FIPS code of the county ICE's county names (see /v1/places), where it names exactly one county of the Census boundaries of its state after the rule of docs/data.md (\"Harris County\" = Harris, 48201); null otherwise.",
                        nullable = true,
                        examples = "48007")
                String countyFips,
        @Schema(description = "ICE's model (support type).", examples = "jail_enforcement")
                AgreementModel model,
        @Schema(
                        description =
                                "When it was signed, as ICE's list gives it; null where ICE's cell is not a date (the note quotes it).",
                        nullable = true,
                        examples = "2020-06-08")
                LocalDate signedOn,
        @Schema(description = "How much of signed_on is known.", examples = "day")
                DatePrecision signedOnPrecision,
        @Schema(
                        description = "Date of the first ICE list read that shows it.",
                        examples = "2025-05-16")
                LocalDate firstListedOn,
        @Schema(
                        description = "Date of the last ICE list read that shows it.",
                        examples = "2025-07-18")
                LocalDate lastListedOn,
        @Schema(
                        description =
                                "First day it was no longer in force, only where a text gives the day; null otherwise.",
                        nullable = true)
                LocalDate endedOn,
        @Schema(description = "How much of ended_on is known.", examples = "unknown")
                DatePrecision endedOnPrecision,
        @Schema(
                        description =
                                "For an agreement no longer listed: the date of the last list that shows it (the end came after it).",
                        nullable = true,
                        examples = "2025-07-11")
                LocalDate endedAfter,
        @Schema(
                        description =
                                "For an agreement no longer listed: the date of the first list that does not show it (the end came by then).",
                        nullable = true,
                        examples = "2025-07-14")
                LocalDate endedBefore,
        @Schema(description = "Listed in the latest ICE list read, or not.", examples = "active")
                AgreementStatus status,
        @Schema(
                        description =
                                "With in_force_on=D: whether it was in force on D, yes or unknown (those not in force are not listed); null otherwise.",
                        // a string in the spec, not an enumeration: the Java client generated from
                        // it fails on the null of a nullable enumeration (ClientIT)
                        implementation = String.class,
                        nullable = true,
                        examples = "yes")
                InForce inForce,
        @Schema(
                        description =
                                "Ids of ICE's lists of its first listing, last listing and first absence (see /v1/sources).",
                        examples =
                                "[\"ice-287g-sheet-2025-05-16-am\", \"ice-287g-sheet-2025-07-18-pm\"]")
                List<String> sourceIds,
        @Schema(
                        description =
                                "What ICE's lists leave open: unreadable dates, other signed dates, gaps, possible renamings.",
                        nullable = true)
                String note,
        @Schema(
                        description =
                                "A ready citation (APA-like) with the permanent URL of this agreement in this release, followed by the citation of its first source.")
                String howToCite) {

    public static AgreementView of(Agreement a, LocalDate inForceOn, String howToCite) {
        return new AgreementView(
                a.id,
                a.agencyId,
                a.agency,
                a.agencyType,
                a.state,
                a.county,
                a.countyFips,
                a.model,
                a.signedOn,
                a.signedOnPrecision,
                a.firstListedOn,
                a.lastListedOn,
                a.endedOn,
                a.endedOnPrecision,
                a.endedAfter,
                a.endedBefore,
                a.status,
                inForceOn == null ? null : a.inForceOn(inForceOn),
                List.of(a.sourceIds),
                a.note,
                howToCite);
    }

    public List<String> sortKey() {
        return List.of(id);
    }

    @Schema(name = "AgreementList", description = "A page of 287(g) agreements, by id.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<AgreementView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}
