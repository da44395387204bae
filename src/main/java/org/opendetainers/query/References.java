package org.opendetainers.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opendetainers.domain.Agency;
import org.opendetainers.domain.Jurisdiction;
import org.opendetainers.domain.Measure;
import org.opendetainers.domain.ReleaseScoped;
import org.opendetainers.domain.Source;
import org.opendetainers.release.Releases.Header;
import org.opendetainers.representation.AgencyView;
import org.opendetainers.representation.HowToCite;
import org.opendetainers.representation.JurisdictionView;
import org.opendetainers.representation.MeasureView;
import org.opendetainers.representation.SourceView;

/**
 * The reference data of each release read ({@link Reference}), loaded from the database the first
 * time a release is read and then kept: releases never change. The few most recently read releases
 * are kept (the current one and those pinned by {@code ?release=}).
 */
@ApplicationScoped
public class References {

    private final HowToCite cite;
    private final Cache<String, Reference> byRelease = Caffeine.newBuilder().maximumSize(8).build();

    public References(HowToCite cite) {
        this.cite = cite;
    }

    public Reference of(Header release) {
        return byRelease.get(release.id(), id -> load(release));
    }

    private Reference load(Header release) {
        String id = release.id();
        List<JurisdictionView> jurisdictions =
                Jurisdiction.<Jurisdiction>list(
                                "releaseId = ?1 order by " + ReleaseScoped.BY_ID.jpql(), id)
                        .stream()
                        .map(JurisdictionView::of)
                        .toList();
        List<AgencyView> agencies =
                Agency.<Agency>list("releaseId = ?1 order by " + ReleaseScoped.BY_ID.jpql(), id)
                        .stream()
                        .map(AgencyView::of)
                        .toList();
        List<MeasureView> measures =
                Measure.<Measure>list("releaseId = ?1 order by " + ReleaseScoped.BY_ID.jpql(), id)
                        .stream()
                        .map(MeasureView::of)
                        .toList();
        List<SourceView> sources =
                Source.<Source>list("releaseId = ?1 order by " + ReleaseScoped.BY_ID.jpql(), id)
                        .stream()
                        .map(SourceView::of)
                        .toList();
        return new Reference(
                release,
                jurisdictions,
                agencies,
                measures,
                sources,
                cite.of(release, jurisdictions, agencies, measures, sources));
    }
}
