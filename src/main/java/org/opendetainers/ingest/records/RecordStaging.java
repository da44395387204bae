package org.opendetainers.ingest.records;

import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.Mappings;
import org.opendetainers.release.CopyTable;
import org.opendetainers.release.StatAccumulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Stages the record-level extracts of {@code records/}: streams every file through
 * {@link ExtractReader} into the unlogged {@code staging.detainer_record} with COPY, then
 * removes duplicate records (same identifier; the first occurrence is kept) and reports each
 * with the line of its first occurrence. Runs inside the import's transaction.
 */
public final class RecordStaging {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RecordStaging.class);

    public static final String DIR = "records";

    /** What staging found. {@code failed}: a file was rejected as a whole. */
    public record Staged(List<ExtractReader.FileResult> files, long rows, long accepted, long badRows, long duplicates,
                         Map<String, Long> unmapped, boolean failed) {
    }

    private RecordStaging() {
    }

    /** The extract files of a source directory, by name: {@code *.csv}, {@code *.tsv}, optionally {@code .gz}. */
    public static List<Path> files(Path source) throws IOException {
        Path dir = source.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).+\\.(csv|tsv)(\\.gz)?"))
                    .sorted().toList();
        }
    }

    public static Staged stage(Connection c, Path source, Mappings mappings, LocalDate today, ImportProblems problems,
                               StatAccumulator counts) throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("truncate staging.detainer_record");
        }
        ExtractReader reader = new ExtractReader(mappings, today, problems);
        List<Path> files = files(source);
        List<ExtractReader.FileResult> results = new ArrayList<>();
        long rows = 0;
        long accepted = 0;
        long bad = 0;
        boolean failed = false;
        DuplicateCandidates candidates = new DuplicateCandidates();
        for (int fileNo = 0; fileNo < files.size(); fileNo++) {
            Path file = files.get(fileNo);
            String name = DIR + "/" + file.getFileName();
            boolean synthetic = ExtractReader.isSynthetic(name);
            int no = fileNo;
            ExtractReader.FileResult result;
            try (CopyTable copy = CopyTable.into(c, "staging.detainer_record", List.of("file_no", "line_no", "id_hash",
                    "synthetic", "prepared_on", "agency", "facility", "aor", "state", "gender", "age_band",
                    "citizenship_country", "detainer_type", "criminality", "outcome"))) {
                try (StagingPipeline pipeline = new StagingPipeline(no, synthetic, copy, counts, candidates)) {
                    result = reader.read(file, name, pipeline);
                    pipeline.finish();
                }
            }
            results.add(result);
            rows += result.rows();
            accepted += result.accepted();
            bad += result.badRows();
            failed |= result.failed();
        }
        long tStaged = System.nanoTime();
        long duplicates = failed || (candidates.candidates().isEmpty() && !candidates.overflow()) ? 0
                : removeDuplicates(c, results, problems, counts, candidates);
        LOG.infof("staging: %d rows read and copied in %d ms, %d duplicates removed in %d ms", rows,
                (tStaged - t0) / 1_000_000, duplicates, (System.nanoTime() - tStaged) / 1_000_000);
        return new Staged(results, rows, accepted - duplicates, bad, duplicates, reader.unmapped(), failed);
    }

    /** Deletes every record whose identifier appeared earlier (by file, then line); reports them. */
    private static long removeDuplicates(Connection c, List<ExtractReader.FileResult> files, ImportProblems problems,
                                         StatAccumulator counts, DuplicateCandidates candidates) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (candidates.overflow()) {
                // identifiers seen more than once: one sort of the hashes (faster than hashing millions of groups)
                s.execute("""
                        create temporary table duplicate_hash on commit drop as
                        select distinct id_hash from (
                            select id_hash, lag(id_hash) over (order by id_hash) as previous
                            from staging.detainer_record where id_hash is not null) h
                        where id_hash = previous""");
            } else {
                // only the candidates of the Bloom filter can repeat
                try (PreparedStatement p = c.prepareStatement("""
                        create temporary table duplicate_hash on commit drop as
                        select id_hash from staging.detainer_record where id_hash = any (?)
                        group by id_hash having count(*) > 1""")) {
                    p.setArray(1, c.createArrayOf("bigint", candidates.candidates().toArray()));
                    p.execute();
                }
            }
            try (ResultSet rs = s.executeQuery("select exists (select 1 from duplicate_hash)")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
            s.execute("""
                    create temporary table duplicate_record on commit drop as
                    select file_no, line_no, first_file, first_line from (
                        select file_no, line_no,
                               first_value(file_no) over w as first_file, first_value(line_no) over w as first_line,
                               row_number() over w as n
                        from staging.detainer_record
                        where id_hash in (select id_hash from duplicate_hash)
                        window w as (partition by id_hash order by file_no, line_no)) r
                    where n > 1""");
        }
        try (PreparedStatement s = c.prepareStatement(
                "select file_no, line_no, first_file, first_line from duplicate_record order by file_no, line_no limit 1000");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                problems.add(files.get(rs.getInt(1)).file(), rs.getLong(2), "unique_id",
                        "duplicate record: same identifier as " + files.get(rs.getInt(3)).file() + " line " + rs.getLong(4));
            }
        }
        // the duplicates were counted while streaming: subtract them
        try (PreparedStatement s = c.prepareStatement("""
                select r.prepared_on, r.agency, r.facility, r.aor, r.state, r.gender, r.age_band, r.citizenship_country,
                       r.detainer_type, r.criminality, r.outcome
                from staging.detainer_record r join duplicate_record d on r.file_no = d.file_no and r.line_no = d.line_no""")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.remove(new DetainerRecord(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            int deleted = s.executeUpdate("""
                    delete from staging.detainer_record r using duplicate_record d
                    where r.file_no = d.file_no and r.line_no = d.line_no""");
            // the first 1000 were reported one by one above; the rest are counted
            problems.countMore(Math.max(0, deleted - 1000));
            return deleted;
        }
    }
}
