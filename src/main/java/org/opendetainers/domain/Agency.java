package org.opendetainers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.opendetainers.domain.vocabulary.AgencyKind;

/**
 * A police department, jail, office or federal agency that receives, issues or reports detainers.
 */
@Entity
@Table(name = "agency")
@IdClass(ReleaseScopedId.class)
public class Agency extends ReleaseScoped {

    public String jurisdiction;
    public String name;

    @Enumerated(EnumType.STRING)
    public AgencyKind kind;

    @Column(name = "source_id")
    public String sourceId;

    public String note;
}
