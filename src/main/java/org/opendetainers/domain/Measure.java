package org.opendetainers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.opendetainers.domain.vocabulary.MeasureUnit;

/** What a figure counts (e.g. {@code detainers_received}). */
@Entity
@Table(name = "measure")
@IdClass(ReleaseScopedId.class)
public class Measure extends ReleaseScoped {

    public String name;

    @Enumerated(EnumType.STRING)
    public MeasureUnit unit;

    public String description;
}
