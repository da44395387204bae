package org.opendetainers.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single pointer to the live release; only an import moves it. */
@Entity
@Table(name = "current_release")
public class CurrentRelease extends PanacheEntityBase {

    @Id public boolean singleton = true;

    @Column(name = "release_id")
    public String releaseId;
}
