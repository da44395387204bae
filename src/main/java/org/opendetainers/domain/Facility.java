package org.opendetainers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An ICE facility, by its facility code (DETLOC): a jail, prison, hold room, hospital or detention
 * center where ICE holds or has held people, as public lists of ICE's facilities give it.
 */
@Entity
@Table(name = "facility")
@IdClass(ReleaseScopedId.class)
public class Facility extends ReleaseScoped {

    /** The order of every list of facilities (API, download): by id (the code lowercased). */
    public static final RowOrder ORDER = RowOrder.of(Facility.class, "id");

    public String detloc;

    public String name;

    public String city;

    @Column(name = "county_fips")
    public String countyFips;

    @Column(name = "county_fips_methods")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] countyFipsMethods;

    public String state;

    public String aor;

    @Column(name = "type_detailed")
    public String typeDetailed;

    @Column(name = "type_grouped")
    public String typeGrouped;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String agency;

    @Column(name = "agreement_agency_id")
    public String agreementAgencyId;

    @Column(name = "source_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] sourceIds;

    public String note;
}
