package org.opendetainers.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.db.CopyTable;
import org.opendetainers.ingest.CuratedData;
import org.opendetainers.ingest.CuratedData.AgencyRecord;
import org.opendetainers.ingest.CuratedData.AgreementRecord;
import org.opendetainers.ingest.CuratedData.CountRecord;
import org.opendetainers.ingest.CuratedData.FacilityRecord;
import org.opendetainers.ingest.CuratedData.FigureRecord;
import org.opendetainers.ingest.CuratedData.JurisdictionRecord;
import org.opendetainers.ingest.CuratedData.MeasureRecord;
import org.opendetainers.ingest.CuratedData.PlaceRecord;
import org.opendetainers.ingest.CuratedData.PolicyRecord;
import org.opendetainers.ingest.CuratedData.SourceRecord;
import org.opendetainers.ingest.CuratedDataReader;

/**
 * Writes the rows of one release inside the caller's transaction: the release row, every table's
 * rows (by COPY), the row counts and the change log against the previous release. The caller writes
 * the open-data files, moves the current-release pointer ({@link Releases}) and commits; until then
 * no reader sees any of it.
 */
@ApplicationScoped
public class ReleasePublisher {

    private static final Logger TIMING = Logger.getLogger("org.opendetainers.ingest.timing");

    /** Published tables, in load order (referenced tables first). */
    public static final List<String> TABLES =
            List.of(
                    "place",
                    "jurisdiction",
                    "agency",
                    "source",
                    "measure",
                    "policy",
                    "figure",
                    "agreement",
                    "facility",
                    "ice_count");

    /** Tables of aggregates, counted in row_counts but compared cell by cell, not by id. */
    public static final List<String> STAT_TABLES = List.of("stat_table", "detainer_stat");

    private final ObjectMapper json;

    public ReleasePublisher(ObjectMapper json) {
        this.json = json;
    }

    /** Publishes {@code data} as a new release and makes it current; returns its id. */
    public Published publish(
            Connection c,
            CuratedData data,
            DetainerStats.Cells stats,
            Disclosure disclosure,
            String inputChecksum,
            Map<String, String> checksums,
            Releases.Current previous,
            OffsetDateTime now)
            throws SQLException {
        return publishWith(
                c,
                data,
                Statistics.protect(stats, null),
                disclosure,
                inputChecksum,
                checksums,
                previous,
                now);
    }

    /**
     * The detainer statistics of a new release: cells protected by this import ({@code cells}), or
     * the cells of the release {@code reusedFrom}, whose fingerprint is {@code fingerprint} too
     * ({@link DetainerStats#fingerprint}); neither when the release has no record-level data.
     */
    public record Statistics(DetainerStats.Cells cells, String reusedFrom, String fingerprint) {

        public static Statistics protect(DetainerStats.Cells cells, String fingerprint) {
            return new Statistics(cells, null, fingerprint);
        }

        public static Statistics reuse(String release, String fingerprint) {
            return new Statistics(null, release, fingerprint);
        }
    }

    /**
     * As {@link #publish(Connection, CuratedData, DetainerStats.Cells, Disclosure, String, Map,
     * Releases.Current, OffsetDateTime)}, with statistics protected or reused.
     */
    public Published publishWith(
            Connection c,
            CuratedData data,
            Statistics stats,
            Disclosure disclosure,
            String inputChecksum,
            Map<String, String> checksums,
            Releases.Current previous,
            OffsetDateTime now)
            throws SQLException {
        String id =
                newReleaseId(
                        c,
                        now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                        data.newestSourceDate());
        try (PreparedStatement s =
                c.prepareStatement(
                        """
                insert into release (id, seq, published_at, input_checksum, source_checksums, row_counts, changes, disclosure,
                                     stats_fingerprint)
                values (?, (select coalesce(max(seq), 0) + 1 from release), ?, ?, ?::jsonb, '{}', '{}', ?::jsonb, ?)""")) {
            s.setString(1, id);
            s.setObject(2, now);
            s.setString(3, inputChecksum);
            s.setString(4, write(checksums));
            s.setString(5, write(disclosure == null ? Map.of() : disclosure));
            s.setString(6, stats.fingerprint());
            s.executeUpdate();
        }
        long t0 = System.nanoTime();
        copyCurated(c, id, data);
        long t1 = System.nanoTime();
        if (stats.cells() != null) {
            DetainerStats.copy(c, id, stats.cells());
        } else if (stats.reusedFrom() != null) {
            DetainerStats.copyFrom(c, id, stats.reusedFrom());
        }
        long t2 = System.nanoTime();
        analyze(c);
        long ta = System.nanoTime();
        Map<String, Long> rowCounts = rowCounts(c, id);
        long t3 = System.nanoTime();
        ObjectNode changes = changes(c, id, previous == null ? null : previous.id());
        TIMING.infof(
                "release %s: curated rows %d ms, cells %d ms, statistics of the tables %d ms, row counts %d ms, change log %d ms",
                id,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (ta - t2) / 1_000_000,
                (t3 - ta) / 1_000_000,
                (System.nanoTime() - t3) / 1_000_000);
        try (PreparedStatement s =
                c.prepareStatement(
                        "update release set row_counts = ?::jsonb, changes = ?::jsonb where id = ?")) {
            s.setString(1, write(rowCounts));
            s.setString(2, write(changes));
            s.setString(3, id);
            s.executeUpdate();
        }
        return new Published(id, rowCounts, changes);
    }

    /** The disclosure report a release published (null when it has none). */
    public Disclosure disclosure(Connection c, String release) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select disclosure::text from release where id = ?")) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null || rs.getString(1).equals("{}")) {
                    return null;
                }
                return json.readValue(rs.getString(1), Disclosure.class);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the disclosure report of " + release, e);
        }
    }

    public record Published(String releaseId, Map<String, Long> rowCounts, ObjectNode changes) {}

    /**
     * The first release of a database: the newest date its data states ({@code stated}, not after
     * {@code day}), so that the seed's release has one id on every fresh clone and the docs' {@code
     * ?release=} links answer there. Every later release: {@code YYYY-MM-DD} of the day it is
     * published, then {@code YYYY-MM-DD-2}, ... The publication time stays the real one.
     */
    static String newReleaseId(Connection c, LocalDate day, LocalDate stated) throws SQLException {
        if (stated != null && !stated.isAfter(day)) {
            try (PreparedStatement s =
                            c.prepareStatement("select not exists (select 1 from release)");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return stated.toString();
                }
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("select count(*) from release where id = ? or id like ?")) {
            s.setString(1, day.toString());
            s.setString(2, day + "-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                return n == 0 ? day.toString() : day + "-" + (n + 1);
            }
        }
    }

    /**
     * The policy table's columns: those of policies.csv, its provision columns stored as one {@code
     * provisions}.
     */
    private static final List<String> POLICY_COLUMNS = policyColumns();

    private static List<String> policyColumns() {
        List<String> columns = new ArrayList<>(CuratedDataReader.POLICY_COLUMNS);
        int at = columns.indexOf(CuratedDataReader.PROVISION_COLUMNS.get(0));
        columns.removeAll(CuratedDataReader.PROVISION_COLUMNS);
        columns.add(at, "provisions");
        return List.copyOf(columns);
    }

    /**
     * The columns COPY writes into a curated table: the release id, the columns read from its file,
     * and those added here.
     */
    private static List<String> stored(List<String> read, String... added) {
        List<String> columns = new ArrayList<>(List.of("release_id"));
        columns.addAll(read);
        columns.addAll(List.of(added));
        return columns;
    }

    // each row's values in the order of its file's columns (CuratedDataReader), then the added ones
    private void copyCurated(Connection c, String release, CuratedData data) throws SQLException {
        try (CopyTable t = CopyTable.into(c, "place", stored(CuratedDataReader.PLACE_COLUMNS))) {
            for (PlaceRecord r : data.places()) {
                t.row(
                        release,
                        r.id(),
                        r.kind(),
                        r.name(),
                        r.state(),
                        r.parentId(),
                        CopyTable.array(r.countyIds()),
                        CopyTable.array(r.sourceIds()),
                        r.note());
            }
        }
        try (CopyTable t =
                CopyTable.into(c, "jurisdiction", stored(CuratedDataReader.JURISDICTION_COLUMNS))) {
            for (JurisdictionRecord r : data.jurisdictions()) {
                t.row(
                        release,
                        r.id(),
                        r.name(),
                        r.kind(),
                        r.state(),
                        r.sourceId(),
                        r.note(),
                        r.placeId());
            }
        }
        try (CopyTable t = CopyTable.into(c, "agency", stored(CuratedDataReader.AGENCY_COLUMNS))) {
            for (AgencyRecord r : data.agencies()) {
                t.row(
                        release,
                        r.id(),
                        r.jurisdiction(),
                        r.name(),
                        r.kind(),
                        r.sourceId(),
                        r.note());
            }
        }
        try (CopyTable t =
                CopyTable.into(c, "source", stored(CuratedDataReader.SOURCE_COLUMNS, "citation"))) {
            for (SourceRecord r : data.sources()) {
                t.row(
                        release,
                        r.id(),
                        r.publisher(),
                        r.title(),
                        r.publishedOn().date(),
                        r.publishedOn().precision(),
                        r.url(),
                        r.kind(),
                        r.author(),
                        r.note(),
                        r.copyRepository(),
                        r.copyCommit(),
                        r.copyPath(),
                        r.license(),
                        r.citation());
            }
        }
        try (CopyTable t =
                CopyTable.into(c, "measure", stored(CuratedDataReader.MEASURE_COLUMNS))) {
            for (MeasureRecord r : data.measures()) {
                t.row(release, r.id(), r.name(), r.unit(), r.description());
            }
        }
        try (CopyTable t = CopyTable.into(c, "policy", stored(POLICY_COLUMNS, "in_force_from"))) {
            for (PolicyRecord r : data.policies()) {
                t.row(
                        release,
                        r.id(),
                        r.title(),
                        r.kind(),
                        r.jurisdiction(),
                        CopyTable.array(r.agencies()),
                        r.adoptedOn().date(),
                        r.adoptedOn().precision(),
                        r.effectiveOn().date(),
                        r.effectiveOn().precision(),
                        r.endedOn().date(),
                        r.endedOn().precision(),
                        r.supersededBy(),
                        r.supersededBySourceId(),
                        r.legalCitation(),
                        r.summary(),
                        write(r.provisions()),
                        CopyTable.array(r.sourceIds()),
                        r.note(),
                        r.inForceFrom());
            }
        }
        try (CopyTable t =
                CopyTable.into(
                        c,
                        "figure",
                        stored(CuratedDataReader.FIGURE_COLUMNS, "other_source_figure_ids"))) {
            for (FigureRecord r : data.figures()) {
                t.row(
                        release,
                        r.id(),
                        r.measure(),
                        r.jurisdiction(),
                        r.agency(),
                        r.periodStart(),
                        r.periodEnd(),
                        r.fiscalYearBasis(),
                        r.value(),
                        r.qualifier(),
                        r.verification(),
                        r.sourceId(),
                        r.note(),
                        CopyTable.array(r.otherSourceFigureIds()));
            }
        }
        try (CopyTable t =
                CopyTable.into(
                        c,
                        "agreement",
                        stored(CuratedDataReader.AGREEMENT_COLUMNS, "county_fips"))) {
            for (AgreementRecord r : data.agreements()) {
                t.row(
                        release,
                        r.id(),
                        r.agencyId(),
                        r.agency(),
                        r.agencyType(),
                        r.state(),
                        r.county(),
                        r.model(),
                        r.signedOn().date(),
                        r.signedOn().precision(),
                        r.firstListedOn(),
                        r.lastListedOn(),
                        r.endedOn().date(),
                        r.endedOn().precision(),
                        r.endedAfter(),
                        r.endedBefore(),
                        r.status(),
                        CopyTable.array(r.sourceIds()),
                        r.note(),
                        r.countyFips());
            }
        }
        try (CopyTable t =
                CopyTable.into(c, "facility", stored(CuratedDataReader.FACILITY_COLUMNS))) {
            for (FacilityRecord r : data.facilities()) {
                t.row(
                        release,
                        r.id(),
                        r.detloc(),
                        r.name(),
                        r.city(),
                        r.countyFips(),
                        CopyTable.array(r.countyFipsMethods()),
                        r.state(),
                        r.aor(),
                        r.typeDetailed(),
                        r.typeGrouped(),
                        r.latitude(),
                        r.longitude(),
                        r.agency(),
                        r.agreementAgencyId(),
                        CopyTable.array(r.sourceIds()),
                        r.note());
            }
        }
        try (CopyTable t =
                CopyTable.into(c, "ice_count", stored(CuratedDataReader.COUNT_COLUMNS))) {
            for (CountRecord r : data.counts()) {
                t.row(
                        release,
                        r.id(),
                        r.series(),
                        r.periodStart(),
                        r.periodEnd(),
                        r.category(),
                        r.facilityName(),
                        r.facilityCity(),
                        r.facilityState(),
                        r.facilityId(),
                        r.value(),
                        r.sourceId(),
                        r.note());
            }
        }
    }

    /**
     * ANALYZE of every published table, after a release's rows were added to it by COPY and before
     * the change log joins them to the previous release's: with statistics from before the COPY the
     * planner counts about one row per release, and on PostgreSQL 15 it then joined each of a
     * release's places to every place of the previous release (a nested loop whose join filter was
     * the id), 3,290 times 3,290 to_jsonb comparisons: 4 to 17 s of a change log that takes 0.15 s
     * with statistics (seen in CI's PostgreSQL 15 pass). The reads of the new release are planned
     * with them too. Inside the publishing transaction (ANALYZE takes no lock that readers wait
     * for).
     */
    private static void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : Stream.concat(TABLES.stream(), STAT_TABLES.stream()).toList()) {
                s.execute("analyze " + table);
            }
        }
    }

    private static Map<String, Long> rowCounts(Connection c, String release) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Stream.concat(TABLES.stream(), STAT_TABLES.stream()).toList()) {
            try (PreparedStatement s =
                    c.prepareStatement("select count(*) from " + table + " where release_id = ?")) {
                s.setString(1, release);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * The change log: per table the ids added, removed and changed (any published field differs)
     * against the previous release, and for figures each value that changed.
     */
    private ObjectNode changes(Connection c, String release, String previous) throws SQLException {
        ObjectNode changes = json.createObjectNode();
        changes.put("previous_release", previous);
        ObjectNode tables = changes.putObject("tables");
        for (String table : TABLES) {
            ObjectNode t = tables.putObject(table);
            t.set(
                    "added",
                    ids(
                            c,
                            "select n.id from "
                                    + table
                                    + " n where n.release_id = ? and not exists "
                                    + "(select 1 from "
                                    + table
                                    + " o where o.release_id = ? and o.id = n.id) order by n.id",
                            release,
                            previous));
            t.set(
                    "removed",
                    ids(
                            c,
                            "select o.id from "
                                    + table
                                    + " o where o.release_id = ? and not exists "
                                    + "(select 1 from "
                                    + table
                                    + " n where n.release_id = ? and n.id = o.id) order by o.id",
                            previous,
                            release));
            t.set(
                    "changed",
                    ids(
                            c,
                            "select n.id from "
                                    + table
                                    + " n join "
                                    + table
                                    + " o on o.id = n.id and o.release_id = ? "
                                    + "where n.release_id = ? and (to_jsonb(n) - 'release_id') <> (to_jsonb(o) - 'release_id') order by n.id",
                            previous,
                            release));
        }
        ObjectNode cells = changes.putObject("detainer_stats");
        String key =
                "n.table_id = o.table_id and n.period_start = o.period_start"
                        + Dimension.NAMES.stream()
                                .map(
                                        d ->
                                                " and coalesce(n."
                                                        + d
                                                        + ", '') = coalesce(o."
                                                        + d
                                                        + ", '')")
                                .reduce("", String::concat);
        try (PreparedStatement s =
                c.prepareStatement(
                        "select count(*) filter (where o.table_id is null), "
                                + "count(*) filter (where n.table_id is null), "
                                + "count(*) filter (where n.table_id is not null and o.table_id is not null "
                                + "and (n.count is distinct from o.count or n.suppressed <> o.suppressed)) "
                                + "from (select * from detainer_stat where release_id = ?) n "
                                + "full join (select * from detainer_stat where release_id = ?) o on "
                                + key)) {
            s.setString(1, release);
            s.setString(2, previous);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                cells.put("added", rs.getLong(1))
                        .put("removed", rs.getLong(2))
                        .put("changed", rs.getLong(3));
            }
        }
        ArrayNode revised = changes.putArray("figure_values_changed");
        try (PreparedStatement s =
                c.prepareStatement(
                        """
                select n.id, o.value, n.value from figure n join figure o on o.id = n.id and o.release_id = ?
                where n.release_id = ? and o.value <> n.value order by n.id""")) {
            s.setString(1, previous);
            s.setString(2, release);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    revised.addObject()
                            .put("id", rs.getString(1))
                            .put("previous_value", rs.getLong(2))
                            .put("value", rs.getLong(3));
                }
            }
        }
        return changes;
    }

    private ArrayNode ids(Connection c, String sql, String first, String second)
            throws SQLException {
        ArrayNode ids = json.createArrayNode();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, first);
            s.setString(2, second);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
