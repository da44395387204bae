package org.opendetainers.representation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Policy;
import org.opendetainers.domain.Provisions;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.PolicyKind;

@Schema(
        name = "Policy",
        description =
                "A law, executive order or rule that says when local agencies may honor detainers or share information with ICE. Dates with month or year precision hold the first day of that month or year.")
public record PolicyView(
        @Schema(description = "Stable id (slug).", examples = "nyc-ll-58-2014") String id,
        @Schema(
                        description = "Title.",
                        examples = "Local Law 58 of 2014 (Department of Correction)")
                String title,
        @Schema(description = "Kind of policy.", examples = "local_law") PolicyKind kind,
        @Schema(description = "Id of the jurisdiction that adopted it.", examples = "nyc")
                String jurisdiction,
        @Schema(
                        description =
                                "Ids of the agencies it governs; empty when it applies to the jurisdiction's agencies generally.",
                        examples = "[\"nyc-doc\"]")
                List<String> agencies,
        @Schema(
                        description =
                                "When it was adopted (signed, enacted or issued); null when no source gives the date. A policy with neither adopted_on nor effective_on is in force on no date.",
                        examples = "2014-11-14",
                        nullable = true)
                LocalDate adoptedOn,
        @Schema(description = "How much of adopted_on is known.", examples = "day")
                DatePrecision adoptedOnPrecision,
        @Schema(
                        description = "When it took effect; null when not known.",
                        examples = "2014-12-14",
                        nullable = true)
                LocalDate effectiveOn,
        @Schema(description = "How much of effective_on is known.", examples = "day")
                DatePrecision effectiveOnPrecision,
        @Schema(
                        description =
                                "First day it was no longer in force (repealed, superseded or voided); null while in force or when not known.",
                        nullable = true)
                LocalDate endedOn,
        @Schema(description = "How much of ended_on is known.", examples = "unknown")
                DatePrecision endedOnPrecision,
        @Schema(
                        description = "Id of the policy that replaced it, if any.",
                        nullable = true,
                        examples = "nyc-ll-58-2014")
                String supersededBy,
        @Schema(
                        description =
                                "Id of the source whose text says that superseded_by replaced it (see /v1/sources); null when superseded_by is null or in releases published before the field existed.",
                        nullable = true,
                        examples = "legistar-nyc-ll-58-2014")
                String supersededBySourceId,
        @Schema(
                        description = "Where it is codified, e.g. an Administrative Code section.",
                        nullable = true,
                        examples = "NYC Admin. Code § 9-131")
                String legalCitation,
        @Schema(description = "What it provides, in one or two neutral sentences.") String summary,
        @Schema(
                        description =
                                "What it provides, as typed fields; null means the policy does not address that point.")
                Provisions provisions,
        @Schema(
                        description = "Ids of the sources describing it (see /v1/sources).",
                        examples = "[\"legistar-nyc-ll-58-2014\"]")
                List<String> sourceIds,
        @Schema(description = "Remarks: which dates or details are unconfirmed.", nullable = true)
                String note,
        @Schema(
                        description =
                                "A ready citation (APA-like) with the permanent URL of this policy in this release, followed by the citation of its first source.")
                String howToCite) {

    public static PolicyView of(Policy p, ObjectMapper json, String howToCite) {
        try {
            return new PolicyView(
                    p.id,
                    p.title,
                    p.kind,
                    p.jurisdiction,
                    List.of(p.agencies),
                    p.adoptedOn,
                    p.adoptedOnPrecision,
                    p.effectiveOn,
                    p.effectiveOnPrecision,
                    p.endedOn,
                    p.endedOnPrecision,
                    p.supersededBy,
                    p.supersededBySourceId,
                    p.legalCitation,
                    p.summary,
                    json.readValue(p.provisions, Provisions.class),
                    List.of(p.sourceIds),
                    p.note,
                    howToCite);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable provisions of policy " + p.id, e);
        }
    }

    /** Marks, in a cursor, a policy with no known date: such policies come last in the timeline. */
    public static final String UNDATED = "undated";

    public List<String> sortKey() {
        LocalDate from = effectiveOn != null ? effectiveOn : adoptedOn;
        return List.of(from == null ? UNDATED : from.toString(), id);
    }

    @Schema(
            name = "PolicyList",
            description =
                    "A page of policies in timeline order: by the date they took effect (or were adopted, when the effective date is unknown), then id.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<PolicyView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}
