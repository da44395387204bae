package org.opendetainers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.opendetainers.domain.vocabulary.JurisdictionKind;

/** A city, county, state or country whose policies and figures are published. */
@Entity
@Table(name = "jurisdiction")
@IdClass(ReleaseScopedId.class)
public class Jurisdiction extends ReleaseScoped {

    public String name;

    @Enumerated(EnumType.STRING)
    public JurisdictionKind kind;

    public String state;

    @Column(name = "source_id")
    public String sourceId;

    public String note;

    /** The place of places.csv the jurisdiction is (a state or county FIPS code, a city's id). */
    @Column(name = "place_id")
    public String placeId;
}
