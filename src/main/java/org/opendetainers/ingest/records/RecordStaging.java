package org.opendetainers.ingest.records;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.opendetainers.db.CopyTable;
import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.Mappings;

/**
 * Stages the record files of {@code records/}: streams every file through {@link ExtractReader},
 * counts each valid record into the published cells ({@link RecordCounter}) and COPYs where each
 * identifier occurs (hashed, with when the detainer was prepared and a hash of its type and
 * facility) into the unlogged {@code staging.detainer_identifier}; then finds duplicate records
 * (the same identifier within 24 hours, with the same detainer type and facility; the first
 * occurrence is kept), reports each with the place of its first occurrence and subtracts it from
 * the counts. Runs inside the import's transaction.
 */
public final class RecordStaging {

    private static final Logger LOG = Logger.getLogger(RecordStaging.class);

    public static final String DIR = "records";

    /** What staging found. {@code failed}: a file was rejected as a whole. */
    public record Staged(
            List<ExtractReader.FileResult> files,
            long rows,
            long accepted,
            long badRows,
            long duplicates,
            Map<String, Long> unmapped,
            boolean failed) {}

    private RecordStaging() {}

    /**
     * The record files of a source directory, by name: every regular file of {@code records/}
     * except Excel lock files ({@code ~$...}), hidden files and notes ({@code README}, {@code .md})
     * ({@link TabularSource#skipped}). A file that no reader accepts is among them, and rejects the
     * import.
     */
    public static List<Path> files(Path source) throws IOException {
        Path dir = source.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !TabularSource.skipped(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    /** Whether the source has a {@code records/} folder, whatever it holds. */
    public static boolean hasRecordsDir(Path source) {
        return Files.isDirectory(source.resolve(DIR));
    }

    public static Staged stage(
            Connection c,
            Path source,
            Mappings mappings,
            LocalDate today,
            ImportProblems problems,
            RecordCounter counts)
            throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("truncate staging.detainer_identifier");
        }
        ExtractReader reader = new ExtractReader(mappings, today, problems);
        List<Path> files = files(source);
        if (files.isEmpty() && hasRecordsDir(source)) {
            problems.add(
                    DIR + "/",
                    0,
                    null,
                    "the records folder holds no record file (.xlsx, .csv, .tsv, .txt; lock files and notes are skipped): "
                            + "an import without records would publish a release without detainer statistics");
            return new Staged(List.of(), 0, 0, 0, 0, Map.of(), true);
        }
        List<ExtractReader.FileResult> results = new ArrayList<>();
        long rows = 0;
        long accepted = 0;
        long bad = 0;
        boolean failed = false;
        // the limit is a system property only so that tests can reach the fallback with a small
        // extract
        DuplicateCandidates candidates =
                new DuplicateCandidates(
                        Integer.getInteger(
                                "opendetainers.import.max-duplicate-candidates",
                                DuplicateCandidates.MAX_CANDIDATES));
        for (int fileNo = 0; fileNo < files.size(); fileNo++) {
            Path file = files.get(fileNo);
            String name = DIR + "/" + file.getFileName();
            boolean synthetic = ExtractReader.isSynthetic(name);
            ExtractReader.FileResult result;
            try (CopyTable copy =
                            CopyTable.into(
                                    c,
                                    "staging.detainer_identifier",
                                    List.of(
                                            "file_no",
                                            "line_no",
                                            "id_hash",
                                            "prepared_minute",
                                            "detail_hash"));
                    StagingPipeline pipeline =
                            new StagingPipeline(fileNo, synthetic, copy, counts, candidates)) {
                result = reader.read(file, name, pipeline);
                pipeline.finish();
            }
            results.add(result);
            rows += result.rows();
            accepted += result.accepted();
            bad += result.badRows();
            failed |= result.failed();
        }
        long tStaged = System.nanoTime();
        long duplicates =
                failed || (candidates.candidates().isEmpty() && !candidates.overflow())
                        ? 0
                        : removeDuplicates(
                                c,
                                files,
                                results,
                                problems,
                                counts,
                                candidates,
                                new ExtractReader(mappings, today, new ImportProblems()));
        LOG.infof(
                "staging: %d rows read, counted and their identifiers staged in %d ms; %d duplicates found and subtracted in %d ms",
                rows,
                (tStaged - t0) / 1_000_000,
                duplicates,
                (System.nanoTime() - tStaged) / 1_000_000);
        return new Staged(
                results, rows, accepted - duplicates, bad, duplicates, reader.unmapped(), failed);
    }

    /**
     * Finds every duplicate record, as the Deportation Data Project does (August 2026): a person's
     * records (same identifier) fall into episodes, a new episode starting when more than 24 hours
     * passed since the person's previous detainer; within an episode, records with the same
     * detainer type and facility are one detainer. The first of them (by file, then position) is
     * kept; the others are reported and subtracted from the counts.
     */
    private static long removeDuplicates(
            Connection c,
            List<Path> paths,
            List<ExtractReader.FileResult> files,
            ImportProblems problems,
            RecordCounter counts,
            DuplicateCandidates candidates,
            ExtractReader rereader)
            throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            if (candidates.overflow()) {
                // too many candidates to list: one sort of all identifier hashes
                s.execute(
                        """
                        create temporary table duplicate_hash on commit drop as
                        select distinct id_hash from (
                            select id_hash, lag(id_hash) over (order by id_hash) as previous
                            from staging.detainer_identifier) h
                        where id_hash = previous""");
            } else {
                try (PreparedStatement p =
                        c.prepareStatement(
                                """
                        create temporary table duplicate_hash on commit drop as
                        select id_hash from staging.detainer_identifier where id_hash = any (?)
                        group by id_hash having count(*) > 1""")) {
                    p.setArray(1, c.createArrayOf("bigint", candidates.candidates().toArray()));
                    p.execute();
                }
            }
            s.execute(
                    """
                    create temporary table duplicate_record on commit drop as
                    with person as (
                        select file_no, line_no, id_hash, detail_hash,
                               case when prepared_minute - lag(prepared_minute) over (partition by id_hash
                                        order by prepared_minute, file_no, line_no) > 24 * 60
                                    then 1 else 0 end as new_episode,
                               prepared_minute
                        from staging.detainer_identifier
                        where id_hash in (select id_hash from duplicate_hash)),
                    episode as (
                        select file_no, line_no, id_hash, detail_hash,
                               sum(new_episode) over (partition by id_hash order by prepared_minute, file_no, line_no) as episode
                        from person)
                    select file_no, line_no, first_file, first_line from (
                        select file_no, line_no,
                               first_value(file_no) over w as first_file, first_value(line_no) over w as first_line,
                               row_number() over w as n
                        from episode
                        window w as (partition by id_hash, episode, detail_hash order by file_no, line_no)) r
                    where n > 1""");
        }
        try (PreparedStatement s =
                        c.prepareStatement(
                                "select file_no, line_no, first_file, first_line from duplicate_record order by file_no, line_no limit 1000");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ExtractReader.FileResult file = files.get(rs.getInt(1));
                ExtractReader.FileResult first = files.get(rs.getInt(3));
                problems.add(
                        file.file(),
                        ExtractReader.sheetOf(file, rs.getLong(2)),
                        ExtractReader.rowOf(file, rs.getLong(2)),
                        "unique_id",
                        "duplicate record: same identifier, detainer type and facility within 24 hours as "
                                + first.file()
                                + " "
                                + ExtractReader.where(first, rs.getLong(4)));
            }
        }
        Set<Long> duplicates = new HashSet<>();
        try (PreparedStatement s =
                c.prepareStatement("select file_no, line_no from duplicate_record")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    duplicates.add(location(rs.getInt(1), rs.getLong(2)));
                }
            }
        }
        // the first 1000 were reported one by one above; the rest are counted
        problems.countMore(Math.max(0, duplicates.size() - 1000));
        // the duplicates were counted while streaming: subtract them
        long subtracted = 0;
        if (!candidates.overflow()) {
            for (DuplicateCandidates.Candidate candidate : candidates.records()) {
                if (duplicates.contains(location(candidate.fileNo(), candidate.line()))) {
                    counts.remove(candidate.record());
                    subtracted++;
                }
            }
        } else if (!duplicates.isEmpty()) {
            // the records were not kept: read the extracts again for the duplicate lines
            for (int fileNo = 0; fileNo < paths.size(); fileNo++) {
                int no = fileNo;
                long[] found = {0};
                rereader.read(
                        paths.get(fileNo),
                        files.get(fileNo).file(),
                        (line, idHash, minute, r) -> {
                            if (duplicates.contains(location(no, line))) {
                                counts.remove(r);
                                found[0]++;
                            }
                        });
                subtracted += found[0];
            }
        }
        if (subtracted != duplicates.size()) {
            throw new IllegalStateException(
                    "found "
                            + duplicates.size()
                            + " duplicate records but subtracted "
                            + subtracted);
        }
        return duplicates.size();
    }

    private static long location(int fileNo, long line) {
        return (long) fileNo << 40 | line;
    }
}
