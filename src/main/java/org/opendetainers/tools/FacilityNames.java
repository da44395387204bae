package org.opendetainers.tools;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The facility list (data-seed/facilities.csv) by name and state, for linking a facility named in a
 * published count to its facility code. Two rules, tried in this order, each a comparison of whole
 * names within one state, never a guess:
 *
 * <ol>
 *   <li>{@link Rule#exact}: the names are equal as letters and digits, any case;
 *   <li>{@link Rule#abbreviations}: the names are equal word by word once the abbreviations of
 *       {@link #ABBREVIATIONS} are written out (CO. = COUNTY, CTR = CENTER, DET = DETENTION, …).
 * </ol>
 *
 * A name that a rule finds for two facilities of the state links neither. Facilities the list gives
 * no state are never linked.
 */
public final class FacilityNames {

    /** The rules, in the order they are tried. */
    public enum Rule {
        exact,
        abbreviations
    }

    /**
     * Abbreviations of ICE's facility names and the word each stands for; only abbreviations of one
     * word (CORR, which stands for CORRECTIONAL or CORRECTIONS, is not one of them).
     */
    static final Map<String, String> ABBREVIATIONS =
            Map.ofEntries(
                    Map.entry("CO", "COUNTY"),
                    Map.entry("CNTY", "COUNTY"),
                    Map.entry("CTR", "CENTER"),
                    Map.entry("CNTR", "CENTER"),
                    Map.entry("DET", "DETENTION"),
                    Map.entry("FAC", "FACILITY"),
                    Map.entry("DEPT", "DEPARTMENT"),
                    Map.entry("REG", "REGIONAL"),
                    Map.entry("INST", "INSTITUTION"),
                    Map.entry("FED", "FEDERAL"),
                    Map.entry("MED", "MEDICAL"),
                    Map.entry("OFC", "OFFICE"),
                    Map.entry("J", "JAIL"));

    /** A match: the facility id and the rule, or the ids a rule found when it found several. */
    public record Match(String id, Rule rule, Set<String> ambiguous) {}

    /** The closest facility of a name, by the share of words two names have in common. */
    public record Candidate(String id, String name, String state, double similarity) {}

    private record Listed(String id, String name, String state) {}

    private final List<Listed> facilities;
    private final Map<Rule, Map<String, Set<String>>> byKey = new HashMap<>();

    private FacilityNames(List<Listed> facilities) {
        this.facilities = facilities;
        for (Rule r : Rule.values()) {
            Map<String, Set<String>> m = new HashMap<>();
            for (Listed f : facilities) {
                if (f.state() != null) {
                    m.computeIfAbsent(key(r, f.name(), f.state()), k -> new TreeSet<>())
                            .add(f.id());
                }
            }
            byKey.put(r, m);
        }
    }

    /** The list in {@code path} (columns id, name, state); an absent file: no facility. */
    public static FacilityNames read(Path path) throws IOException {
        List<Listed> out = new ArrayList<>();
        if (Files.isRegularFile(path)) {
            try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                    MappingIterator<Map<String, String>> rows =
                            new CsvMapper()
                                    .readerForMapOf(String.class)
                                    .with(CsvSchema.emptySchema().withHeader())
                                    .readValues(r)) {
                while (rows.hasNext()) {
                    Map<String, String> f = rows.next();
                    String state = f.get("state");
                    out.add(
                            new Listed(
                                    f.get("id"),
                                    f.get("name"),
                                    state == null || state.isBlank() ? null : state));
                }
            }
        }
        return of(out.stream().map(l -> new String[] {l.id(), l.name(), l.state()}).toList());
    }

    /** A list of {id, name, state} rows (state null: none given). */
    static FacilityNames of(List<String[]> rows) {
        return new FacilityNames(rows.stream().map(r -> new Listed(r[0], r[1], r[2])).toList());
    }

    /**
     * The facility a name and state link to: by the first rule that finds exactly one; null (with
     * the ids found) where a rule finds several, and nothing where none finds any.
     */
    public Match match(String name, String state) {
        if (name == null || state == null) {
            return new Match(null, null, Set.of());
        }
        for (Rule r : Rule.values()) {
            Set<String> ids = byKey.get(r).getOrDefault(key(r, name, state), Set.of());
            if (ids.size() == 1) {
                return new Match(ids.iterator().next(), r, Set.of());
            }
            if (ids.size() > 1) {
                return new Match(null, r, ids);
            }
        }
        return new Match(null, null, Set.of());
    }

    /**
     * For a person to review: the facility of the same state, or of no state, whose name shares the
     * largest part of its words (abbreviations written out) with {@code name}: the Jaccard index of
     * the two sets of words; the first by id on a tie; null where none shares a word.
     */
    public Candidate closest(String name, String state) {
        Set<String> words = new HashSet<>(words(name));
        Candidate best = null;
        for (Listed f : facilities) {
            if (f.state() != null && !f.state().equals(state)) {
                continue;
            }
            Set<String> other = new HashSet<>(words(f.name()));
            Set<String> union = new HashSet<>(words);
            union.addAll(other);
            other.retainAll(words);
            double s = union.isEmpty() ? 0 : (double) other.size() / union.size();
            if (s > 0
                    && (best == null
                            || s > best.similarity()
                            || (s == best.similarity() && f.id().compareTo(best.id()) < 0))) {
                best = new Candidate(f.id(), f.name(), f.state(), s);
            }
        }
        return best;
    }

    private static String key(Rule r, String name, String state) {
        Function<String, String> word =
                r == Rule.abbreviations ? w -> ABBREVIATIONS.getOrDefault(w, w) : w -> w;
        StringBuilder b = new StringBuilder();
        for (String w : words(name)) {
            b.append(word.apply(w)).append(r == Rule.exact ? "" : " ");
        }
        return b.toString().strip() + "|" + state;
    }

    /** A name's words: capital letters and digits, split at anything else. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
