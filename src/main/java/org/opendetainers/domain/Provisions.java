package org.opendetainers.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a cooperation policy provides, as typed fields. A null field means the policy does not
 * address that point (not that the answer is "no").
 */
@Schema(
        name = "Provisions",
        description =
                "What a policy provides, as typed fields. null: the policy does not address that point.")
public record Provisions(
        @Schema(
                        description =
                                "A detainer is honored only with a warrant signed by a judge.",
                        nullable = true,
                        examples = "true")
                Boolean requiresJudicialWarrant,
        @Schema(
                        description = "How many years back a qualifying conviction may lie.",
                        nullable = true,
                        examples = "5")
                Integer convictionLookbackYears,
        @Schema(
                        description =
                                "Number of offenses on the list of convictions that allow cooperation.",
                        nullable = true,
                        examples = "170")
                Integer coveredOffenseCount,
        @Schema(
                        description = "Which list of offenses applies.",
                        nullable = true,
                        examples = "violent or serious crimes, NYC Admin. Code § 9-131(a)")
                String coveredOffenseList,
        @Schema(
                        description =
                                "A possible match on the terrorist watch list allows cooperation.",
                        nullable = true,
                        examples = "true")
                Boolean terroristWatchlistException,
        @Schema(
                        description = "Whether ICE may keep an office on the agency's property.",
                        nullable = true,
                        examples = "false")
                Boolean allowsIceOffice,
        @Schema(
                        description =
                                "The policy limits what information is shared with federal immigration authorities.",
                        nullable = true,
                        examples = "true")
                Boolean limitsInformationSharing,
        @Schema(
                        description = "Longest hold allowed on a detainer, in hours.",
                        nullable = true,
                        examples = "48")
                Integer maxHoldHours) {

    /**
     * Whether the provisions, as recorded, limit cooperation with ICE: a judge's warrant is
     * required ({@code requires_judicial_warrant} true), information sharing is limited ({@code
     * limits_information_sharing} true), ICE may keep no office ({@code allows_ice_office} false),
     * or cooperation is allowed only for a list of offenses or within a conviction look-back
     * ({@code covered_offense_count} or {@code conviction_lookback_years} given). A blank field
     * says nothing, and {@code max_hold_hours} alone does not count: a cap on holds does not say
     * whether holds are honored. A policy whose fields are all blank is not "limiting" here,
     * whatever its text says: the answer comes from the recorded fields only.
     */
    public boolean limitsCooperation() {
        return Boolean.TRUE.equals(requiresJudicialWarrant)
                || Boolean.TRUE.equals(limitsInformationSharing)
                || Boolean.FALSE.equals(allowsIceOffice)
                || coveredOffenseCount != null
                || convictionLookbackYears != null;
    }
}
