package org.opendetainers.ingest.records;

import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.Mappings;
import org.opendetainers.release.CopyTable;

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

    public static Staged stage(Connection c, Path source, Mappings mappings, LocalDate today, ImportProblems problems)
            throws SQLException, IOException {
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
        for (int fileNo = 0; fileNo < files.size(); fileNo++) {
            Path file = files.get(fileNo);
            String name = DIR + "/" + file.getFileName();
            boolean synthetic = ExtractReader.isSynthetic(name);
            int no = fileNo;
            ExtractReader.FileResult result;
            try (CopyTable copy = CopyTable.into(c, "staging.detainer_record", List.of("file_no", "line_no", "id_hash",
                    "synthetic", "prepared_on", "agency", "facility", "aor", "state", "gender", "age_band",
                    "citizenship_country", "detainer_type", "criminality", "outcome"))) {
                result = reader.read(file, name, (line, idHash, r) -> copy.row(no, line, idHash, synthetic,
                        r.preparedOn(), r.agency(), r.facility(), r.aor(), r.state(), r.gender(), r.ageBand(),
                        r.citizenshipCountry(), r.detainerType(), r.criminality(), r.outcome()));
            }
            results.add(result);
            rows += result.rows();
            accepted += result.accepted();
            bad += result.badRows();
            failed |= result.failed();
        }
        long duplicates = failed ? 0 : removeDuplicates(c, results, problems);
        return new Staged(results, rows, accepted - duplicates, bad, duplicates, reader.unmapped(), failed);
    }

    /** Deletes every record whose identifier appeared earlier (by file, then line); reports them. */
    private static long removeDuplicates(Connection c, List<ExtractReader.FileResult> files, ImportProblems problems)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create temporary table duplicate_record on commit drop as
                    select file_no, line_no, first_file, first_line from (
                        select file_no, line_no,
                               first_value(file_no) over w as first_file, first_value(line_no) over w as first_line,
                               row_number() over w as n
                        from staging.detainer_record
                        where id_hash in (select id_hash from staging.detainer_record where id_hash is not null
                                          group by id_hash having count(*) > 1)
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
