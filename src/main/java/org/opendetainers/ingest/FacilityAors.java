package org.opendetainers.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The area of responsibility of each facility code (ICE's DETLOC) in the facility list of a source
 * ({@code facilities.csv}, read by the column names {@code detloc} and {@code aor}), spelled as
 * ICE's detainer files spell a Facility AOR ({@code New York City Area of Responsibility}) through
 * the alias table {@code mappings/aors.csv}, so that a record whose AOR is filled from the list is
 * counted with the records whose file gives the same AOR. The import fills a missing Facility AOR
 * from it ({@code docs/import.md}, "A blank Facility AOR"). A source without the list fills
 * nothing, and the import report says so.
 */
public final class FacilityAors {

    /** The facility list, in the source directory. */
    public static final String FILE = CuratedDataReader.FACILITIES;

    /** The alias table: an AOR as a facility list writes it → as ICE's detainer files write it. */
    public static final String ALIASES = Mappings.DIR + "/aors.csv";

    private static final String CODE = "detloc";
    private static final String AOR = "aor";

    private final boolean present;
    private final Map<String, String> byCode;
    private final Map<String, Long> unknownSpellings;

    private FacilityAors(
            boolean present, Map<String, String> byCode, Map<String, Long> unknownSpellings) {
        this.present = present;
        this.byCode = byCode;
        this.unknownSpellings = unknownSpellings;
    }

    /**
     * Reads the alias table (required) and the facility list of {@code dir} (optional). A facility
     * code given two different areas is a problem; an area that the alias table does not know is
     * not used, and counted ({@link #unknownSpellings}).
     */
    static FacilityAors read(Path dir, ImportProblems problems) {
        Map<String, String> aliases = new HashMap<>();
        Path aliasPath = dir.resolve(ALIASES);
        if (!Files.isRegularFile(aliasPath)) {
            problems.add(ALIASES, 0, null, "file not found in " + dir);
        } else {
            try (InputStream in = Files.newInputStream(aliasPath)) {
                CsvTable.read(
                        ALIASES,
                        in,
                        List.of("raw", AOR, "note"),
                        problems,
                        line -> {
                            Row row = new Row(ALIASES, line, problems);
                            String raw = row.text("raw");
                            String aor = row.text(AOR);
                            if (raw != null
                                    && aor != null
                                    && aliases.putIfAbsent(Mappings.key(raw), aor) != null) {
                                row.problem("raw", "'" + raw + "' is mapped twice");
                            }
                        });
            } catch (IOException e) {
                problems.add(ALIASES, 0, null, "cannot read: " + e.getMessage());
            }
        }
        Path list = dir.resolve(FILE);
        if (!Files.isRegularFile(list)) {
            return new FacilityAors(false, Map.of(), Map.of());
        }
        Map<String, String> byCode = new HashMap<>();
        Map<String, Long> lineOfCode = new HashMap<>();
        Map<String, Long> unknown = new TreeMap<>();
        try (InputStream in = Files.newInputStream(list)) {
            CsvTable.readColumns(
                    FILE,
                    in,
                    List.of(CODE, AOR),
                    problems,
                    line -> {
                        String code = code(line.cells().get(CODE));
                        String written = line.cells().get(AOR);
                        if (code == null
                                || written == null
                                || written.equalsIgnoreCase("NA")
                                || written.equalsIgnoreCase("N/A")) {
                            return;
                        }
                        String aor = aliases.get(Mappings.key(written));
                        if (aor == null) {
                            unknown.merge(written, 1L, Long::sum);
                            return;
                        }
                        String before = byCode.putIfAbsent(code, aor);
                        if (before == null) {
                            lineOfCode.put(code, line.line());
                        } else if (!before.equals(aor)) {
                            problems.add(
                                    FILE,
                                    line.line(),
                                    AOR,
                                    "facility code "
                                            + code
                                            + " is in "
                                            + aor
                                            + " here and in "
                                            + before
                                            + " on line "
                                            + lineOfCode.get(code));
                        }
                    });
        } catch (IOException e) {
            problems.add(FILE, 0, null, "cannot read: " + e.getMessage());
        }
        return new FacilityAors(
                true, Map.copyOf(byCode), Collections.unmodifiableMap(new TreeMap<>(unknown)));
    }

    /** A facility code as the list and ICE's files are matched: trimmed, upper case. */
    public static String code(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return code.isEmpty() ? null : code;
    }

    /** Whether the source has a facility list. */
    public boolean present() {
        return present;
    }

    /** How many facility codes of the list have an area the alias table knows. */
    public int codes() {
        return byCode.size();
    }

    /**
     * The area of the facility with this code, as ICE's files spell it, or null when the list does
     * not give one.
     */
    public String aorOf(String code) {
        String c = code(code);
        return c == null ? null : byCode.get(c);
    }

    /**
     * Areas the list writes in a spelling the alias table does not know (with how many facilities):
     * those facilities fill nothing.
     */
    public Map<String, Long> unknownSpellings() {
        return unknownSpellings;
    }
}
