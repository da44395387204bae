package org.opendetainers.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opendetainers.domain.Release;
import org.opendetainers.release.Releases.Header;
import org.opendetainers.representation.ChangeLog;
import org.opendetainers.representation.HowToCite;
import org.opendetainers.representation.ReleaseView;

/**
 * The releases as {@code /v1/releases} describes them: the only reads of their change logs and
 * disclosure reports.
 */
@ApplicationScoped
public class ReleaseQuery {

    private final ObjectMapper json;
    private final HowToCite cite;

    public ReleaseQuery(ObjectMapper json, HowToCite cite) {
        this.json = json;
        this.cite = cite;
    }

    /**
     * The releases up to and including {@code upTo}, newest first, before the sequence number in
     * {@code afterSeq} (null: from the newest), at most {@code max}.
     */
    public List<ReleaseView> releases(Header upTo, String afterSeq, int max) {
        String query = "seq <= ?1" + (afterSeq == null ? "" : " and seq < ?2");
        Object[] params =
                afterSeq == null
                        ? new Object[] {upTo.seq()}
                        : new Object[] {upTo.seq(), Keys.number(afterSeq)};
        return Release.<Release>find(query, Sort.descending("seq"), params)
                .range(0, max - 1)
                .list()
                .stream()
                .map(r -> ReleaseView.of(r, json, cite.release(Header.of(r))))
                .toList();
    }

    /** One release, described. */
    public ReleaseView release(Header release) {
        Release r = Release.findById(release.id());
        return ReleaseView.of(r, json, cite.release(release));
    }

    /** The change log of one release against the one before it. */
    public ChangeLog changes(Header release) {
        return ReleaseView.of(Release.findById(release.id()), json, null).changes();
    }
}
