package org.opendetainers.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opendetainers.ingest.CuratedData;
import org.opendetainers.ingest.CuratedDataReader;
import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.ImportRejectedException;
import org.opendetainers.ingest.Mappings;
import org.opendetainers.ingest.records.RecordStaging;

/**
 * The inputs of one import, read and validated before any database work: the SHA-256 of every input
 * file, the curated tables and the mapping tables. The record-level extracts are read later, while
 * they are staged.
 */
record Inputs(Path source, Map<String, String> checksums, CuratedData data, Mappings mappings) {

    /**
     * Reads {@code source}; a problem in the curated files or the mappings throws {@link
     * ImportRejectedException} with every problem found.
     */
    static Inputs read(Path source, LocalDate today, ImportProblems problems) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new IOException("no such directory: " + source.toAbsolutePath());
        }
        Map<String, String> checksums = checksums(source);
        CuratedData data = new CuratedDataReader(today).read(source);
        Set<String> agencies = new HashSet<>();
        data.agencies().forEach(a -> agencies.add(a.id()));
        Mappings mappings = Mappings.read(source, agencies, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new Inputs(source, checksums, data, mappings);
    }

    /**
     * One checksum of all inputs and of the settings that change what is published from them (k and
     * the protection width): equal checksums mean an equal release.
     */
    String checksum(String settings) {
        MessageDigest digest = newDigest();
        checksums.forEach(
                (file, sum) ->
                        digest.update((file + " " + sum + "\n").getBytes(StandardCharsets.UTF_8)));
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of every input file (curated, mappings, records), by path relative to the source. */
    static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String file : CuratedDataReader.FILES) {
            putIfFile(sums, dir, file);
        }
        for (String file : Mappings.FILES) {
            putIfFile(sums, dir, file);
        }
        for (Path path : RecordStaging.files(dir)) {
            sums.put(RecordStaging.DIR + "/" + path.getFileName(), sha256(path));
        }
        return sums;
    }

    private static void putIfFile(Map<String, String> sums, Path dir, String file)
            throws IOException {
        Path path = dir.resolve(file);
        if (Files.isRegularFile(path)) {
            sums.put(file, sha256(path));
        }
    }

    static String sha256(Path path) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
