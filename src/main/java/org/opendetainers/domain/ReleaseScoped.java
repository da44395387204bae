package org.opendetainers.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of one release: every published table's key is the release id and the row's own id ({@link
 * ReleaseScopedId}), declared here once.
 */
@MappedSuperclass
public abstract class ReleaseScoped extends PanacheEntityBase {

    /** The order of the lists of jurisdictions, agencies, sources and measures: by id. */
    public static final RowOrder BY_ID = RowOrder.of(ReleaseScoped.class, "id");

    @Id
    @Column(name = "release_id")
    public String releaseId;

    @Id public String id;
}
