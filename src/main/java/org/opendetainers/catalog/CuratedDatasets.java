package org.opendetainers.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Table;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.opendetainers.catalog.DatasetStore.LocalDateRange;
import org.opendetainers.catalog.TableSchemas.ForeignKey;
import org.opendetainers.domain.Agency;
import org.opendetainers.domain.Agreement;
import org.opendetainers.domain.Facility;
import org.opendetainers.domain.Figure;
import org.opendetainers.domain.IceCount;
import org.opendetainers.domain.Jurisdiction;
import org.opendetainers.domain.Measure;
import org.opendetainers.domain.Place;
import org.opendetainers.domain.Policy;
import org.opendetainers.domain.Release;
import org.opendetainers.domain.ReleaseScoped;
import org.opendetainers.domain.RowOrder;
import org.opendetainers.domain.Source;
import org.opendetainers.release.Releases;
import org.opendetainers.representation.AgencyView;
import org.opendetainers.representation.AgreementView;
import org.opendetainers.representation.FacilityView;
import org.opendetainers.representation.FigureView;
import org.opendetainers.representation.HowToCite;
import org.opendetainers.representation.IceCountView;
import org.opendetainers.representation.JurisdictionView;
import org.opendetainers.representation.MeasureView;
import org.opendetainers.representation.PlaceInForceView;
import org.opendetainers.representation.PolicyView;
import org.opendetainers.representation.SourceView;
import org.opendetainers.representation.TableWriter;

/**
 * The curated data sets of one release (jurisdictions, agencies, sources, measures, policies,
 * figures, agreements, facilities, ICE's counts, places): their rows read through the publishing
 * transaction, as the API shows them, with citations, written as files with a Table Schema.
 */
final class CuratedDatasets {

    /**
     * A curated data set: name, title, description, foreign keys, and the SQL of its temporal
     * coverage.
     */
    enum Curated {
        JURISDICTIONS(
                "jurisdictions",
                "Jurisdictions",
                "Cities, counties and states whose detainer policies and figures the data set covers.",
                List.of(new ForeignKey("source_id", "sources")),
                null),
        AGENCIES(
                "agencies",
                "Agencies",
                "Police departments, jail systems, offices and federal agencies that receive, issue or report detainers.",
                List.of(
                        new ForeignKey("jurisdiction", "jurisdictions"),
                        new ForeignKey("source_id", "sources")),
                null),
        SOURCES(
                "sources",
                "Sources",
                "The publications every figure and policy comes from: official reports, laws, letters and news articles, with a citation for each.",
                List.of(),
                "select min(published_on), max(published_on) from source where release_id = ?"),
        MEASURES(
                "measures",
                "Measures",
                "What the figures count (detainers received, honored, declined, transfers, removals), with units and definitions.",
                List.of(),
                null),
        POLICIES(
                "policies",
                "Cooperation policies",
                "Laws, executive orders and rules that say when local agencies may honor ICE detainers or share information, in timeline order, with their provisions as typed fields and their sources.",
                List.of(new ForeignKey("jurisdiction", "jurisdictions")),
                "select min(coalesce(effective_on, adopted_on)), max(greatest(adopted_on, effective_on, ended_on)) from policy where release_id = ?"),
        FIGURES(
                "figures",
                "Figures",
                "Numbers published by authorities or reported in the press (detainers received, honored, declined, transfers, removals), one per agency or jurisdiction, measure and period, each with its source.",
                List.of(
                        new ForeignKey("measure", "measures"),
                                new ForeignKey("jurisdiction", "jurisdictions"),
                        new ForeignKey("agency", "agencies"),
                                new ForeignKey("source_id", "sources")),
                "select min(period_start), max(period_end) from figure where release_id = ?"),
        AGREEMENTS(
                "agreements",
                "287(g) agreements",
                "Agreements by which a sheriff's office, police department or state agency acts for ICE under section 287(g), one per agency and model, as ICE's lists of participating agencies of January 2021 to July 2025 show them (its web page of 2021-2024 as captured ten times, its spreadsheets of May to July 2025): signed date, first and last list showing each, and for those no longer listed the end window (last list showing it, first list without it); ICE publishes no end date. ICE's lists are works of the U.S. federal government; the copies read are those of the repository appelson/Tracking_287g (see each source's note).",
                List.of(),
                "select min(signed_on), max(greatest(last_listed_on, ended_before)) from agreement where release_id = ?"),
        FACILITIES(
                "facilities",
                "ICE facilities",
                "Jails, prisons, hold rooms, hospitals and detention centers where ICE holds or has held people, one per ICE facility code (DETLOC), with city, state, area of responsibility (ERO field office), ICE's types, coordinates where a list gives them, and the agency that runs it where the data says so. Read from public lists: UWCHR's (repository UWCHR/deport-data-proj) and the Deportation Data Project's (deportationdata/ice, CC0); see each source's note and licence. Where the lists disagree the note says so.",
                List.of(new ForeignKey("agency", "agencies")),
                null),
        ICE_COUNTS(
                "ice-counts",
                "ICE's detainer counts, 2007 to 2015",
                "Counts of ICE's own detainer records of October 2007 to July 2015 (ICE's FOIA release 15-87693), as NPR counted and published them: every detainer by calendar month and year, by lift reason and by detainer type, and the detainers each receiving facility declined per year. Copied as published, with the source of each; the copies read are those of the repository nprapps/sanctuary-cities, which states no licence (the records are works of the U.S. federal government).",
                List.of(
                        new ForeignKey("source_id", "sources"),
                        new ForeignKey("facility_id", "facilities")),
                "select min(period_start), max(period_end) from ice_count where release_id = ?"),
        PLACES(
                "places",
                "Places",
                "The states, DC and territories (by 2-digit state FIPS code) and the counties and county equivalents (by 5-digit county FIPS code) of the United States, with their names and postal codes, from the U.S. Census Bureau's cartographic boundary files of 2017 as the npm package us-atlas 3.0.1 packs them (public domain; only the codes and names are read), and the cities of the data set with the counties they span where a source gives them. Jurisdictions (place_id), agreements (county_fips) and facilities (county_fips) join them by official code; /v1/places/{id} answers what applied in each.",
                List.of(),
                null);

        final String name;
        final String title;
        final String description;
        final List<ForeignKey> foreignKeys;
        final String temporalSql;

        Curated(
                String name,
                String title,
                String description,
                List<ForeignKey> foreignKeys,
                String temporalSql) {
            this.name = name;
            this.title = title;
            this.description = description;
            this.foreignKeys = foreignKeys;
            this.temporalSql = temporalSql;
        }
    }

    private final DatasetStore store;
    private final SessionFactory sessions;
    private final TableWriter tables;
    private final ObjectMapper json;
    private final HowToCite cite;
    private final int chunkSize;

    CuratedDatasets(
            DatasetStore store,
            SessionFactory sessions,
            TableWriter tables,
            ObjectMapper json,
            HowToCite cite,
            int chunkSize) {
        this.store = store;
        this.sessions = sessions;
        this.tables = tables;
        this.json = json;
        this.cite = cite;
        this.chunkSize = chunkSize;
    }

    /** Writes every curated data set of the store's release. */
    void write() throws SQLException, IOException {
        String release = store.release();
        try (Session session =
                sessions.withOptions().connection(store.connection()).openSession()) {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            session.setDefaultReadOnly(true);
            Release published = session.get(Release.class, release);
            if (published == null) {
                throw new IllegalStateException("no release " + release);
            }
            List<JurisdictionView> jurisdictions =
                    list(session, Jurisdiction.class, release, ReleaseScoped.BY_ID).stream()
                            .map(JurisdictionView::of)
                            .toList();
            List<AgencyView> agencies =
                    list(session, Agency.class, release, ReleaseScoped.BY_ID).stream()
                            .map(AgencyView::of)
                            .toList();
            List<SourceView> sources =
                    list(session, Source.class, release, ReleaseScoped.BY_ID).stream()
                            .map(SourceView::of)
                            .toList();
            List<MeasureView> measures =
                    list(session, Measure.class, release, ReleaseScoped.BY_ID).stream()
                            .map(MeasureView::of)
                            .toList();
            HowToCite.Context citations =
                    cite.of(
                            Releases.Header.of(published),
                            jurisdictions,
                            agencies,
                            measures,
                            sources);
            write(Curated.JURISDICTIONS, JurisdictionView.class, jurisdictions);
            write(Curated.AGENCIES, AgencyView.class, agencies);
            write(Curated.SOURCES, SourceView.class, sources);
            write(Curated.MEASURES, MeasureView.class, measures);
            write(
                    Curated.POLICIES,
                    PolicyView.class,
                    list(session, Policy.class, release, Policy.ORDER).stream()
                            .map(p -> PolicyView.of(p, json, citations.policy(p)))
                            .toList());
            write(
                    Curated.FIGURES,
                    FigureView.class,
                    list(session, Figure.class, release, Figure.ORDER).stream()
                            .map(f -> FigureView.of(f, citations.figure(f)))
                            .toList());
            write(
                    Curated.AGREEMENTS,
                    AgreementView.class,
                    list(session, Agreement.class, release, Agreement.ORDER).stream()
                            .map(a -> AgreementView.of(a, null, citations.agreement(a)))
                            .toList());
            write(
                    Curated.FACILITIES,
                    FacilityView.class,
                    list(session, Facility.class, release, Facility.ORDER).stream()
                            .map(f -> FacilityView.of(f, citations.facility(f)))
                            .toList());
            write(
                    Curated.ICE_COUNTS,
                    IceCountView.class,
                    list(session, IceCount.class, release, IceCount.ORDER).stream()
                            .map(c -> IceCountView.of(c, citations.iceCount(c)))
                            .toList());
            write(
                    Curated.PLACES,
                    PlaceInForceView.class,
                    list(session, Place.class, release, Place.ORDER).stream()
                            .map(PlaceInForceView::of)
                            .toList());
        }
    }

    private <V> void write(Curated d, Class<V> view, List<V> rows)
            throws SQLException, IOException {
        List<TableWriter.Column> columns = tables.columns(view);
        DatasetFiles files = new DatasetFiles(store, d.name, chunkSize, tables, json).columns(view);
        files.writeAll(rows);
        Object schema = TableSchemas.of(json, columns, List.of("id"), d.foreignKeys);
        LocalDateRange temporal = store.temporal(d.temporalSql);
        store.store(d.name, "curated", d.title, d.description, files, temporal, schema);
    }

    /**
     * The rows of an entity in a release, in the API's order. Native SQL: the one-shot import
     * command would otherwise spend a third of a second warming up the HQL parser.
     */
    private static <T> List<T> list(
            Session session, Class<T> type, String release, RowOrder order) {
        String table = type.getAnnotation(Table.class).name();
        return session.createNativeQuery(
                        "select * from " + table + " where release_id = :r order by " + order.sql(),
                        type)
                .setParameter("r", release)
                .getResultList();
    }
}
