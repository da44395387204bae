package org.opendetainers.domain;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.opendetainers.domain.vocabulary.MeasureUnit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** What a figure counts (e.g. {@code detainers_received}). */
@Entity
@Table(name = "measure")
@IdClass(ReleaseScopedId.class)
public class Measure extends PanacheEntityBase {

    @Id
    @Column(name = "release_id")
    public String releaseId;

    @Id
    public String id;

    public String name;
    @Enumerated(EnumType.STRING)
    public MeasureUnit unit;
    public String description;
}
