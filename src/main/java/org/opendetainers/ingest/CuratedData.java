package org.opendetainers.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.opendetainers.domain.Provisions;
import org.opendetainers.domain.vocabulary.AgencyKind;
import org.opendetainers.domain.vocabulary.AgreementModel;
import org.opendetainers.domain.vocabulary.AgreementStatus;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.domain.vocabulary.FiscalYearBasis;
import org.opendetainers.domain.vocabulary.JurisdictionKind;
import org.opendetainers.domain.vocabulary.MeasureUnit;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.PolicyKind;
import org.opendetainers.domain.vocabulary.Qualifier;
import org.opendetainers.domain.vocabulary.SourceKind;
import org.opendetainers.domain.vocabulary.Verification;

/** The validated contents of the curated files of {@code data-seed/}, ready to publish. */
public record CuratedData(
        List<PlaceRecord> places,
        List<JurisdictionRecord> jurisdictions,
        List<AgencyRecord> agencies,
        List<SourceRecord> sources,
        List<MeasureRecord> measures,
        List<PolicyRecord> policies,
        List<FigureRecord> figures,
        List<AgreementRecord> agreements,
        List<FacilityRecord> facilities,
        List<CountRecord> counts) {

    /**
     * The newest date the data states: the latest publication date of its sources (null when no
     * source has a date). The first release of a database is named after it, so that a fresh
     * clone's seed release has the same id everywhere.
     */
    public LocalDate newestSourceDate() {
        return sources.stream()
                .map(s -> s.publishedOn().date())
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    /**
     * A state, county or city of the Census boundaries (places.csv, written by tools.Places): id
     * (state or county FIPS code; a city's jurisdiction id), kind, name, postal code, the state it
     * is in, and for a city the counties it spans where known.
     */
    public record PlaceRecord(
            String id,
            PlaceKind kind,
            String name,
            String state,
            String parentId,
            List<String> countyIds,
            List<String> sourceIds,
            String note) {}

    public record JurisdictionRecord(
            String id,
            String name,
            JurisdictionKind kind,
            String state,
            String sourceId,
            String note,
            String placeId) {}

    public record AgencyRecord(
            String id,
            String jurisdiction,
            String name,
            AgencyKind kind,
            String sourceId,
            String note) {}

    public record SourceRecord(
            String id,
            String publisher,
            String title,
            PreciseDate publishedOn,
            String url,
            SourceKind kind,
            String author,
            String note,
            String copyRepository,
            String copyCommit,
            String copyPath,
            String license,
            String citation) {}

    public record MeasureRecord(String id, String name, MeasureUnit unit, String description) {}

    public record PolicyRecord(
            String id,
            String title,
            PolicyKind kind,
            String jurisdiction,
            List<String> agencies,
            PreciseDate adoptedOn,
            PreciseDate effectiveOn,
            PreciseDate endedOn,
            String supersededBy,
            String supersededBySourceId,
            String legalCitation,
            String summary,
            Provisions provisions,
            List<String> sourceIds,
            String note) {

        /** The date that places the policy on the timeline: effective date, else adoption date. */
        public LocalDate inForceFrom() {
            return effectiveOn.date() != null ? effectiveOn.date() : adoptedOn.date();
        }
    }

    public record FigureRecord(
            String id,
            String measure,
            String jurisdiction,
            String agency,
            LocalDate periodStart,
            LocalDate periodEnd,
            FiscalYearBasis fiscalYearBasis,
            long value,
            Qualifier qualifier,
            Verification verification,
            String sourceId,
            String note,
            List<String> otherSourceFigureIds) {

        /**
         * The same figure with the ids of the figures that give the same count from other sources.
         */
        public FigureRecord withOtherSourceFigureIds(List<String> ids) {
            return new FigureRecord(
                    id,
                    measure,
                    jurisdiction,
                    agency,
                    periodStart,
                    periodEnd,
                    fiscalYearBasis,
                    value,
                    qualifier,
                    verification,
                    sourceId,
                    note,
                    List.copyOf(ids));
        }

        /** What a figure counts: measure, jurisdiction, agency and period, whatever its source. */
        public List<Object> countKey() {
            return Arrays.asList(measure, jurisdiction, agency, periodStart, periodEnd);
        }
    }

    /** A 287(g) agreement (agency and model) as ICE's lists show it. */
    public record AgreementRecord(
            String id,
            String agencyId,
            String agency,
            String agencyType,
            String state,
            String county,
            AgreementModel model,
            PreciseDate signedOn,
            LocalDate firstListedOn,
            LocalDate lastListedOn,
            PreciseDate endedOn,
            LocalDate endedAfter,
            LocalDate endedBefore,
            AgreementStatus status,
            List<String> sourceIds,
            String note,
            String countyFips) {

        /**
         * The same agreement with the county of the boundaries its county names
         * (ingest.CountyNames), or null.
         */
        public AgreementRecord withCountyFips(String fips) {
            return new AgreementRecord(
                    id,
                    agencyId,
                    agency,
                    agencyType,
                    state,
                    county,
                    model,
                    signedOn,
                    firstListedOn,
                    lastListedOn,
                    endedOn,
                    endedAfter,
                    endedBefore,
                    status,
                    sourceIds,
                    note,
                    fips);
        }
    }

    /**
     * A count of ICE's detainer records as a third party published it (a series, a period, and for
     * some series a category or a receiving facility).
     */
    public record CountRecord(
            String id,
            CountSeries series,
            LocalDate periodStart,
            LocalDate periodEnd,
            String category,
            String facilityName,
            String facilityCity,
            String facilityState,
            String facilityId,
            long value,
            String sourceId,
            String note) {}

    /**
     * An ICE facility, by its facility code (DETLOC), as public lists give it. Coordinates are kept
     * as the source wrote them.
     */
    public record FacilityRecord(
            String id,
            String detloc,
            String name,
            String city,
            String countyFips,
            List<String> countyFipsMethods,
            String state,
            String aor,
            String typeDetailed,
            String typeGrouped,
            String latitude,
            String longitude,
            String agency,
            String agreementAgencyId,
            List<String> sourceIds,
            String note) {}
}
