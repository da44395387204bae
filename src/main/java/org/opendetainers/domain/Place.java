package org.opendetainers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendetainers.domain.vocabulary.PlaceKind;

/**
 * A state (2-digit state FIPS code), county (5-digit county FIPS code) or city of the United
 * States, from the Census Bureau's boundaries: what the data set's jurisdictions, agreements and
 * facilities are joined to by official code.
 */
@Entity
@Table(name = "place")
@IdClass(ReleaseScopedId.class)
public class Place extends ReleaseScoped {

    /**
     * The order of every list of places (API, download): by id, so states (two digits) come before
     * their counties (five), and cities (letters) last.
     */
    public static final RowOrder ORDER = RowOrder.of(Place.class, "id");

    @Enumerated(EnumType.STRING)
    public PlaceKind kind;

    public String name;

    /** Two-letter postal code of the state the place is (or is in). */
    public String state;

    @Column(name = "parent_id")
    public String parentId;

    /** For a city: the counties it spans, where known. */
    @Column(name = "county_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] countyIds;

    @Column(name = "source_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] sourceIds;

    public String note;
}
