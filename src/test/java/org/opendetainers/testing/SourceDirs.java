package org.opendetainers.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;
import org.opendetainers.ingest.CuratedDataReader;
import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.Mappings;
import org.opendetainers.ingest.records.ExtractReader;
import org.opendetainers.ingest.records.RecordStaging;
import org.opendetainers.release.StatAccumulator;

/** Copies of the real data-seed for tests that change one thing. */
public final class SourceDirs {

    public static final Path SEED = Path.of("data-seed");

    private SourceDirs() {}

    /**
     * Imports data-seed, so that its release is current (again), and fails the test if the import
     * does not succeed.
     */
    public static void importSeed(ImportService imports) {
        ImportReport report = imports.run(SEED, "test");
        assertTrue(report.succeeded(), report.summary());
    }

    /** Copies data-seed (curated files, mappings, records) into {@code dir}. */
    public static Path copySeed(Path dir) throws IOException {
        return copyTree(SEED, dir, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Copies the folder {@code source} and everything below it into {@code dir}, each file with
     * {@code options}.
     */
    public static Path copyTree(Path source, Path dir, CopyOption... options) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = dir.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, options);
                }
            }
        }
        return dir;
    }

    /**
     * Copies data-seed into {@code dir} with one change: {@code from} replaced by {@code to} in
     * {@code file}.
     */
    public static Path copySeedWith(Path dir, String file, String from, String to)
            throws IOException {
        copySeed(dir);
        return replace(dir, file, from, to);
    }

    /**
     * Copies the dense fixture ({@link #copyDense}) into {@code dir} with one change: {@code from}
     * replaced by {@code to} in {@code file}.
     */
    public static Path copyDenseWith(Path dir, String file, String from, String to)
            throws IOException {
        copyDense(dir);
        return replace(dir, file, from, to);
    }

    private static Path replace(Path dir, String file, String from, String to) throws IOException {
        String text = Files.readString(dir.resolve(file));
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not hold " + from);
        }
        Files.writeString(dir.resolve(file), text.replace(from, to));
        return dir;
    }

    /**
     * The lines (header first) of the seed's record-level extract: 20,000 synthetic records. Tests
     * that must publish start from these rather than from a few hundred generated records: a few
     * hundred records spread over fourteen years are too sparse for any table to pass the
     * disclosure audit, and the import rightly refuses them.
     */
    public static List<String> seedExtractLines() throws IOException {
        try (InputStream in =
                new GZIPInputStream(
                        Files.newInputStream(
                                SEED.resolve("records/synthetic-detainers-sample.csv.gz")))) {
            return new ArrayList<>(
                    List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")));
        }
    }

    /** Records of each profile of the dense fixture: k + 1, so that every cell passes k. */
    public static final int DENSE_COPIES = 12;

    /** Distinct records of the seed the dense fixture repeats. */
    public static final int DENSE_PROFILES = 150;

    /** Years the dense fixture is moved earlier than the seed: it shares no period with it. */
    public static final int DENSE_SHIFT = 16;

    /** The dense fixture's record file, in {@link #copyDense}. */
    public static final String DENSE_FILE = "records/synthetic-dense.csv";

    private static final Pattern CASE_ID = Pattern.compile(",C-\\d{9},");

    /**
     * A small dense extract for tests of the import's contract (gates, duplicates, bad rows, header
     * spellings, unmapped values): the header and {@link #DENSE_PROFILES} x {@link #DENSE_COPIES} =
     * 1,800 records in the seed's layout. The first {@link #DENSE_PROFILES} records of the seed
     * prepared in 2015 or 2017 (the two years hold every detainer form, I-247 to I-247X) are each
     * repeated {@link #DENSE_COPIES} times with identifiers of their own (unique_id, case_id), then
     * moved {@link #DENSE_SHIFT} years earlier ({@link #shiftedYears}), to 1999 and 2001, so that
     * they share no period with the seed's release. Every published cell is a sum of whole
     * profiles, so none is below k (11): nothing is suppressed, and protecting them costs a
     * fraction of a second where the seed's 20,000 records cost seconds; a test that adds or
     * removes one record leaves every cell at k or more. Deterministic: the same lines on every
     * run.
     */
    public static List<String> denseExtractLines() throws IOException {
        List<String> seed = seedExtractLines();
        List<String> out = new ArrayList<>(List.of(seed.get(0)));
        int profiles = 0;
        long id = 0;
        for (String line : seed.subList(1, seed.size())) {
            String date = line.split(",", 3)[1];
            if (!date.startsWith("2015-") && !date.startsWith("2017-")) {
                continue;
            }
            String rest = line.substring(line.indexOf(','));
            for (int copy = 0; copy < DENSE_COPIES; copy++) {
                id++;
                // an odd multiplier is a bijection modulo 2^40: distinct identifiers, SYN + 10 hex
                String uniqueId = String.format("SYN%010X", (id * 0x9E3779B97L) & 0xFF_FFFF_FFFFL);
                String caseId = String.format(",C-9%08d,", id);
                out.add(uniqueId + CASE_ID.matcher(rest).replaceFirst(caseId));
            }
            if (++profiles == DENSE_PROFILES) {
                break;
            }
        }
        return shiftedYears(out, DENSE_SHIFT);
    }

    /**
     * Copies data-seed into {@code dir} with the dense fixture ({@link #denseExtractLines}, in
     * {@link #DENSE_FILE}) as its only record file, in place of the seed's 20,000 records.
     */
    public static Path copyDense(Path dir) throws IOException {
        copySeedWithoutRecords(dir);
        Files.writeString(dir.resolve(DENSE_FILE), String.join("\n", denseExtractLines()) + "\n");
        return dir;
    }

    /**
     * The same records moved {@code years} earlier (dates and birth years; a multiple of 4 keeps 29
     * February valid): the same shape of data over periods another release does not publish, for
     * tests whose point is not how a release differs from the seed's.
     */
    public static List<String> shiftedYears(List<String> lines, int years) {
        Pattern date = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2}-\\d{2})\\b");
        Pattern year = Pattern.compile("(?<=,)((?:19|20)\\d{2})(?=,)");
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String shifted =
                    date.matcher(line)
                            .replaceAll(
                                    m -> (Integer.parseInt(m.group(1)) - years) + "-" + m.group(2));
            out.add(
                    year.matcher(shifted)
                            .replaceAll(
                                    m -> Integer.toString(Integer.parseInt(m.group(1)) - years)));
        }
        return out;
    }

    /**
     * The true cells of the record-level extracts of a source directory, counted as the import
     * counts them (curated files and mappings read as the import reads them), without a database.
     */
    public static StatAccumulator.Result countExtracts(Path source) {
        Extracts read = readExtracts(source);
        if (!read.problems().isEmpty()) {
            throw new IllegalArgumentException(
                    "the extracts of " + source + " have problems: " + read.problems().kept());
        }
        return read.cells();
    }

    /**
     * What the import's readers find in the record files of a source: each file's result, the
     * problems, the cells counted.
     */
    public record Extracts(
            List<ExtractReader.FileResult> files,
            ImportProblems problems,
            StatAccumulator.Result cells) {}

    /**
     * Reads the record files of {@code source} as the import stages them (the same choice of files:
     * lock files and notes skipped; the same readers, mappings and date checks) and counts their
     * cells, without a database. Duplicates are not looked for (the import finds them in staging).
     */
    public static Extracts readExtracts(Path source) {
        LocalDate today = LocalDate.now();
        Set<String> agencies = new HashSet<>();
        new CuratedDataReader(today).read(source).agencies().forEach(a -> agencies.add(a.id()));
        ImportProblems problems = new ImportProblems();
        Mappings mappings = Mappings.read(source, agencies, problems);
        StatAccumulator counts = new StatAccumulator();
        ExtractReader reader = new ExtractReader(mappings, today, problems);
        List<ExtractReader.FileResult> files = new ArrayList<>();
        try {
            for (Path f : RecordStaging.files(source)) {
                files.add(
                        reader.read(
                                f,
                                RecordStaging.DIR + "/" + f.getFileName(),
                                (line, id, minute, r) -> counts.add(r, false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Extracts(files, problems, counts.result());
    }

    /**
     * Copies data-seed without a records folder: a source of curated files only (an empty records
     * folder is refused as a likely mistake).
     */
    public static Path copySeedCuratedOnly(Path dir) throws IOException {
        Path records = copySeedWithoutRecords(dir);
        Files.delete(records);
        return dir;
    }

    /**
     * Copies data-seed without its record-level extracts; returns the (empty) records directory.
     */
    public static Path copySeedWithoutRecords(Path dir) throws IOException {
        copySeed(dir);
        Path records = dir.resolve("records");
        try (Stream<Path> files = Files.list(records)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        return records;
    }

    /**
     * Removes data-seed's facility list from a copy, and with it ICE's counts, whose facility ids
     * name that list's facilities (a count naming a facility the source does not hold is rejected).
     */
    public static void withoutSeedFacilityList(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(CuratedDataReader.FACILITIES));
        Files.deleteIfExists(dir.resolve(CuratedDataReader.COUNTS));
    }
}
