package org.opendetainers.domain;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of every published row: the release that published it and the row's own slug. */
public class ReleaseScopedId implements Serializable {

    public String releaseId;
    public String id;

    public ReleaseScopedId() {}

    public ReleaseScopedId(String releaseId, String id) {
        this.releaseId = releaseId;
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReleaseScopedId other
                && Objects.equals(releaseId, other.releaseId)
                && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(releaseId, id);
    }
}
