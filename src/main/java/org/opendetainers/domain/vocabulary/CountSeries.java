package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The series of ICE's published detainer counts (counts of ICE's own detainer records, aggregated
 * by whoever published them; not computed by this service). Periods are calendar months or calendar
 * years of the date ICE prepared the detainer. Constants are spelled as published.
 */
@Schema(
        description =
                "The series of ICE's detainer counts published by others from ICE's own records: "
                        + "detainers_by_month (every detainer, by calendar month of its prepare date); "
                        + "detainers_by_year (every detainer, by calendar year); "
                        + "lifted_by_year (detainers with a lift reason, by calendar year); "
                        + "lifted_by_reason_and_year (detainers by lift reason, as ICE wrote it, and calendar year); "
                        + "detainers_by_type_and_year (detainers by detainer type, as ICE wrote it, and calendar year); "
                        + "declined_by_facility_and_year (detainers whose lift reason is 'Detainer Declined by LEA', by receiving facility and calendar year); "
                        + "lifted_other_reason_by_facility_and_year (detainers at a facility with any other lift reason, by calendar year).")
public enum CountSeries {
    detainers_by_month,
    detainers_by_year,
    lifted_by_year,
    lifted_by_reason_and_year,
    detainers_by_type_and_year,
    declined_by_facility_and_year,
    lifted_other_reason_by_facility_and_year;

    /** ICE's lift reason for a detainer the receiving agency declined, as ICE writes it. */
    public static final String DECLINED_BY_LEA = "Detainer Declined by LEA";

    /** Whether the series' rows name a receiving facility. */
    public boolean byFacility() {
        return this == declined_by_facility_and_year
                || this == lifted_other_reason_by_facility_and_year;
    }

    /** Whether the series' rows name a category (a lift reason or a detainer type). */
    public boolean byCategory() {
        return this == lifted_by_reason_and_year
                || this == detainers_by_type_and_year
                || this == declined_by_facility_and_year;
    }
}
