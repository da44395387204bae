package org.opendetainers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.opendetainers.domain.vocabulary.CountSeries;

/**
 * A count of ICE's detainer records as a third party published it: a series, a calendar period, and
 * for some series a category or a receiving facility.
 */
@Entity
@Table(name = "ice_count")
@IdClass(ReleaseScopedId.class)
public class IceCount extends ReleaseScoped {

    /** The order of every list of counts (API, download): by id (series prefix, period, name). */
    public static final RowOrder ORDER = RowOrder.of(IceCount.class, "id");

    @Enumerated(EnumType.STRING)
    public CountSeries series;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public String category;

    @Column(name = "facility_name")
    public String facilityName;

    @Column(name = "facility_city")
    public String facilityCity;

    @Column(name = "facility_state")
    public String facilityState;

    @Column(name = "facility_id")
    public String facilityId;

    public long value;

    @Column(name = "source_id")
    public String sourceId;

    public String note;
}
