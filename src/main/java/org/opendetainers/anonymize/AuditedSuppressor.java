package org.opendetainers.anonymize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Suppression that holds against an attacker who solves every published relation at once.
 *
 * <ol>
 *   <li>Primary suppression and the line rule ({@link Suppressor}): no line holds a single
 *       suppressed cell.
 *   <li>Secondary suppression driven by the {@link LinearAudit}: while the audit finds a suppressed
 *       cell that is exact, or a primary cell whose interval is narrower than the protection width,
 *       one more cell of a line through it is suppressed, by cost: the smallest count that is at
 *       least the protection width (it hides the fewest records while opening an interval that
 *       wide), or else the largest count on offer; ties go to the first cell in canonical order.
 *       Totals (tables without a dimension) are chosen only for a cell of a total with no other
 *       cell left. The line rule runs again after each round. In spirit this is τ-ARGUS's modular
 *       approach: protect, audit, add what the audit asks for, audit again.
 *   <li>The loop ends on an audit that proves every bound (no exact cell, every primary interval at
 *       least the width wide). Where that cannot be reached (no complement left, the round limit or
 *       the time limit), the table holding most of the cells left unprotected is withheld from the
 *       release, and protection starts again on the other tables: it never refuses.
 * </ol>
 *
 * <p>Components of the audit that passed in one round and did not change are not solved again in
 * the next; the final audit solves everything afresh.
 */
public final class AuditedSuppressor {

    /** The protection width used unless configured: ⌈0.3 k⌉. */
    public static int defaultWidth(int k) {
        return (int) Math.ceil(0.3 * k);
    }

    private static final int MAX_ROUNDS = 60;
    private static final int REACH = 4;

    /**
     * Rounds after which a cell that failed two rounds running gets a completion ({@link
     * Certificates#completion}) rather than one more complement on its lines.
     */
    private static final int STUCK_AFTER = 20;

    /**
     * Cells looked at in the search for one complement, at most (lines of national tables are
     * long).
     */
    private static final int MAX_VISITS = 20_000;

    private static final Logger LOG = Logger.getLogger(AuditedSuppressor.class);

    private AuditedSuppressor() {}

    /**
     * What the protection did.
     *
     * @param lineRule primary and line-rule suppression (the method before the audit)
     * @param secondary further cells suppressed because the audit asked for them
     * @param rounds audit rounds run
     * @param audit the final audit, which passed
     * @param millis time of the whole protection (suppression and every audit round)
     * @param cells cells in all tables
     * @param records records summed over all cells of all tables
     * @param recordsHiddenBefore records in the cells suppressed by the line rule alone
     * @param recordsHidden records in the cells suppressed in the end
     * @param withheld tables withheld from the release because no suppression of them passed, with
     *     why (the other fields describe the tables published)
     */
    public record Report(
            SuppressionReport lineRule,
            long secondary,
            int rounds,
            LinearAudit.Result audit,
            long millis,
            long cells,
            long records,
            long recordsHiddenBefore,
            long recordsHidden,
            List<Withheld> withheld) {

        /** All suppressed cells in the end. */
        public long suppressed() {
            return lineRule.suppressed() + secondary;
        }

        public double cellShareHiddenBefore() {
            return cells == 0 ? 0 : (double) lineRule.suppressed() / cells;
        }

        public double cellShareHidden() {
            return cells == 0 ? 0 : (double) suppressed() / cells;
        }

        public double recordShareHiddenBefore() {
            return records == 0 ? 0 : (double) recordsHiddenBefore / records;
        }

        public double recordShareHidden() {
            return records == 0 ? 0 : (double) recordsHidden / records;
        }
    }

    /**
     * Sets the suppression flags of {@code cells} so that the audit passes.
     *
     * @param known cells an attacker knows from elsewhere (see {@link LinearAudit#audit}); never
     *     chosen as complements
     * @param carried cells to suppress in any case (e.g. those a previous release suppressed),
     *     counted as audit-driven
     * @throws IllegalArgumentException as {@link Suppressor#suppress} (the tables it cannot protect
     *     are withheld: see the report)
     */
    public static Report protect(
            Collection<StatTable> tables,
            List<StatCell> cells,
            int k,
            int width,
            List<Hierarchy> hierarchies,
            Predicate<StatCell> known,
            Predicate<StatCell> carried) {
        return protect(tables, cells, k, width, hierarchies, known, carried, Knowledge.NONE);
    }

    /**
     * As {@link #protect(Collection, List, int, int, List, Predicate, Predicate)}, against an
     * attacker who also knows what {@code knowledge} says (the finer cells the tables imply, the
     * coverage), with the default time limit.
     */
    public static Report protect(
            Collection<StatTable> tables,
            List<StatCell> cells,
            int k,
            int width,
            List<Hierarchy> hierarchies,
            Predicate<StatCell> known,
            Predicate<StatCell> carried,
            Knowledge knowledge) {
        return protect(
                tables,
                cells,
                k,
                width,
                hierarchies,
                known,
                carried,
                knowledge,
                DEFAULT_TIME_LIMIT_MS);
    }

    /**
     * Protects the tables, withholding what cannot be protected: never refuses. Each attempt is
     * primary suppression, the line rule, then secondary suppression driven by the audit (a total
     * may be chosen as the complement of a total's cell when no other cell is left); an attempt
     * that ends with cells the audit still finds (no complement left, {@value #MAX_ROUNDS} rounds,
     * or the time limit) withholds the table holding most of them and starts again on the other
     * tables. Withholding a table removes its cells and their relations from what is published,
     * which can only widen the intervals of the rest; with every table withheld nothing is left to
     * find, so this ends. The report's audit is a complete audit of what is published.
     *
     * @param timeLimitMs time allowed to one attempt's rounds of secondary suppression
     */
    public static Report protect(
            Collection<StatTable> tables,
            List<StatCell> cells,
            int k,
            int width,
            List<Hierarchy> hierarchies,
            Predicate<StatCell> known,
            Predicate<StatCell> carried,
            Knowledge knowledge,
            long timeLimitMs) {
        Objects.requireNonNull(carried, "carried");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(known, "known");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        long t0 = System.nanoTime();
        List<StatTable> remaining = new ArrayList<>(new LinkedHashSet<>(tables));
        List<StatCell> kept = new ArrayList<>(cells);
        List<Withheld> withheld = mostlySmall(remaining, kept, k);
        if (!withheld.isEmpty()) {
            Set<String> out = new HashSet<>();
            withheld.forEach(w -> out.add(w.table()));
            remaining.removeIf(t -> out.contains(t.id()));
            kept.removeIf(c -> out.contains(c.table().id()));
        }
        int rounds = 0;
        while (true) {
            Attempt a =
                    attempt(
                            remaining,
                            kept,
                            k,
                            width,
                            hierarchies,
                            known,
                            carried,
                            knowledge,
                            timeLimitMs);
            rounds += a.rounds;
            if (a.report != null) {
                Report r = a.report;
                return new Report(
                        r.lineRule(),
                        r.secondary(),
                        rounds,
                        r.audit(),
                        (System.nanoTime() - t0) / 1_000_000,
                        r.cells(),
                        r.records(),
                        r.recordsHiddenBefore(),
                        r.recordsHidden(),
                        List.copyOf(withheld));
            }
            // withhold the table holding most of the cells left unprotected (ties: the first by id)
            Map<StatTable, Integer> byTable = new TreeMap<>(Comparator.comparing(StatTable::id));
            for (LinearAudit.Interval f : a.failures) {
                byTable.merge(f.cell().table(), 1, Integer::sum);
            }
            StatTable worst = null;
            for (var e : byTable.entrySet()) {
                if (worst == null || e.getValue() > byTable.get(worst)) {
                    worst = e.getKey();
                }
            }
            if (worst == null || !remaining.contains(worst)) {
                // a finer cell of a table no longer published cannot fail; withhold everything left
                // rather than loop
                worst = remaining.get(0);
            }
            StatTable out = worst;
            LinearAudit.Interval example =
                    a.failures.stream()
                            .filter(f -> f.cell().table().equals(out))
                            .findFirst()
                            .orElse(a.failures.get(0));
            withheld.add(
                    new Withheld(
                            out.id(),
                            a.reason
                                    + ": "
                                    + byTable.getOrDefault(out, 0)
                                    + " of its cell(s) would stay "
                                    + (example.width() <= 0
                                            ? "exact"
                                            : "narrower than the protection width (" + width + ")")
                                    + ", e.g. "
                                    + describe(example.cell())));
            LOG.infof(
                    "protection withholds table %s: %s",
                    out.id(), withheld.get(withheld.size() - 1).reason());
            remaining.remove(out);
            kept.removeIf(c -> c.table().equals(out));
        }
    }

    /**
     * The share of a table's records in cells of 1..k−1 above which it is withheld before
     * protection: such a table shows mostly suppressed cells, and protecting it ties the cells of
     * the tables beside it into one system too large to solve (measured on national-shaped
     * extracts: docs/disclosure.md).
     */
    public static final double MOSTLY_SMALL = 1.0 / 3;

    /**
     * Tables (with at least one dimension) more than {@link #MOSTLY_SMALL} of whose records are in
     * cells under k.
     */
    private static List<Withheld> mostlySmall(List<StatTable> tables, List<StatCell> cells, int k) {
        Map<StatTable, long[]> records = new HashMap<>();
        for (StatCell c : cells) {
            if (c.table().arity() > 0) {
                long[] r = records.computeIfAbsent(c.table(), t -> new long[2]);
                r[0] += c.count();
                if (c.count() >= 1 && c.count() < k) {
                    r[1] += c.count();
                }
            }
        }
        List<Withheld> out = new ArrayList<>();
        for (StatTable t : tables) {
            long[] r = records.get(t);
            if (r != null && r[0] > 0 && r[1] > MOSTLY_SMALL * r[0]) {
                out.add(
                        new Withheld(
                                t.id(),
                                String.format(
                                        Locale.ROOT,
                                        "%.0f %% of its records are in cells of fewer than %d records, more than the third allowed: it would show mostly suppressed cells; withheld before protection",
                                        100.0 * r[1] / r[0],
                                        k)));
                LOG.infof(
                        "protection withholds table %s: %s",
                        t.id(), out.get(out.size() - 1).reason());
            }
        }
        return out;
    }

    /** A cell's key and kind, never a count or an interval (an exact interval is the count). */
    private static String describe(StatCell c) {
        return (c.derived() ? "the part " + c.periodStart() + ".." + c.periodEnd() + " of " : "")
                + c.table().id()
                + "["
                + c.periodStart()
                + (c.values().isEmpty() ? "" : ", " + String.join(", ", c.values()))
                + "]";
    }

    /** A table withheld from a release, and why. */
    public record Withheld(String table, String reason) {}

    /**
     * The time allowed to one attempt's secondary suppression unless configured: 3 minutes. Then
     * the table holding most of the cells still failing is withheld and the others are protected
     * again (on a national-shaped extract of 2.1 million records the first attempt takes this long:
     * docs/disclosure.md).
     */
    public static final long DEFAULT_TIME_LIMIT_MS = 180_000;

    /** One attempt: a report when it passed, else the cells left unprotected and why. */
    private record Attempt(
            Report report, List<LinearAudit.Interval> failures, String reason, int rounds) {}

    private static Attempt attempt(
            Collection<StatTable> tables,
            List<StatCell> cells,
            int k,
            int width,
            List<Hierarchy> hierarchies,
            Predicate<StatCell> known,
            Predicate<StatCell> carried,
            Knowledge knowledge,
            long timeLimitMs) {
        long t0 = System.nanoTime();
        // the line rule runs on the published cells' lines; the audit and the choice of complements
        // on those and the finer cells' (the same ids for the published cells, the finer ones
        // after)
        Lines plain = Lines.build(tables, cells, true, hierarchies);
        SuppressionReport lineRule = Suppressor.suppress(plain, k);
        Lines lines =
                knowledge.any() ? Lines.build(tables, cells, false, hierarchies, knowledge) : plain;
        StatCell[] cell = lines.cells;
        int n = plain.cells.length;
        boolean[] suppressed = new boolean[cell.length];
        boolean[] isKnown = new boolean[cell.length];
        for (int i = n; i < cell.length; i++) {
            suppressed[i] = true;
        }
        long records = 0;
        long hiddenBefore = 0;
        for (int i = 0; i < n; i++) {
            suppressed[i] = cell[i].suppressed();
            isKnown[i] = known.test(cell[i]);
            records += cell[i].count();
            if (suppressed[i]) {
                hiddenBefore += cell[i].count();
            }
        }
        long secondary = 0;
        for (int i = 0; i < n; i++) {
            if (!suppressed[i] && carried.test(cell[i])) {
                suppressed[i] = true;
                cell[i].markComplementary();
                secondary++;
            }
        }
        if (secondary > 0) {
            secondary += Suppressor.close(plain, suppressed);
        }
        Map<Long, Long> passed = new HashMap<>();
        List<LinearAudit.Interval> failures = List.of();
        Set<Integer> failedBefore = new HashSet<>();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            LinearAudit.Result audit = LinearAudit.audit(lines, width, known, passed, true);
            failures = audit.failures();
            LOG.debugf(
                    "protection round %d: %d exact, %d narrow, %d unknowns (%d proved without a linear program), %d components (largest %d, %d too large to solve), %d LPs, %d ms",
                    round,
                    audit.exact().size(),
                    audit.narrow().size(),
                    audit.cellsAudited(),
                    audit.proved(),
                    audit.components(),
                    audit.largestComponent(),
                    audit.unsolved(),
                    audit.lpSolves(),
                    audit.millis());
            if (failures.isEmpty()) {
                // the reported audit is a complete one, not relying on components passed earlier
                audit = LinearAudit.audit(lines, width, known, new HashMap<>(), true);
                if (!audit.passed()) {
                    return new Attempt(
                            null,
                            audit.failures(),
                            "the final audit found cells to protect",
                            round);
                }
                long hidden = 0;
                for (int i = 0; i < n; i++) {
                    if (suppressed[i]) {
                        hidden += cell[i].count();
                    }
                }
                return new Attempt(
                        new Report(
                                lineRule,
                                secondary,
                                round,
                                audit,
                                (System.nanoTime() - t0) / 1_000_000,
                                n,
                                records,
                                hiddenBefore,
                                hidden,
                                List.of()),
                        null,
                        null,
                        round);
            }
            if ((System.nanoTime() - t0) / 1_000_000 > timeLimitMs) {
                return new Attempt(
                        null,
                        failures,
                        "the time limit of secondary suppression ("
                                + timeLimitMs
                                + " ms) was reached",
                        round);
            }
            long added = 0;
            // one complement per line a round: a failure on a line that this round's complements
            // already
            // touch waits for the next audit, which often finds it protected
            boolean[] touched = new boolean[lines.lineCount()];
            boolean[] unknown = new boolean[cell.length];
            for (int i = 0; i < cell.length; i++) {
                unknown[i] = suppressed[i] && (i >= n || !isKnown[i]);
            }
            Certificates proofs =
                    new Certificates(
                            lines,
                            unknown,
                            i ->
                                    i < n
                                            && !suppressed[i]
                                            && !isKnown[i]
                                            && cell[i].table().arity() > 0);
            for (LinearAudit.Interval f : failures) {
                // a completion proves its cell whatever else this round adds, so cells of
                // components too large to solve get theirs without waiting for the next round
                if (f.solved() && touches(lines, touched, f.id())) {
                    continue;
                }
                // in a component too large to solve, or after STUCK_AFTER rounds for a cell that
                // failed the round before too, the cheapest cells whose suppression proves f wide
                // enough (a rectangle in a
                // table of two dimensions); else one cell on a line through it
                boolean stuck = round > STUCK_AFTER && failedBefore.contains(f.id());
                int[] completion =
                        f.solved() && !stuck
                                ? null
                                : proofs.completion(
                                        f.id(),
                                        f.cell().primary() ? width : f.cell().derived() ? 0 : 1);
                if (completion != null && completion.length > 0) {
                    for (int c : completion) {
                        suppressed[c] = true;
                        unknown[c] = true;
                        cell[c].markComplementary();
                        added++;
                        for (int j = lines.cellLineStart[c]; j < lines.cellLineStart[c + 1]; j++) {
                            touched[lines.cellLines[j]] = true;
                        }
                    }
                    continue;
                }
                int chosen = complement(lines, suppressed, isKnown, f.id(), width, false);
                if (chosen < 0 && f.cell().table().arity() == 0) {
                    // a cell of a total (e.g. a sparse first month) with nothing else left beside
                    // it: another
                    // total may be its complement; elsewhere, hiding totals costs every user more
                    // than
                    // withholding the one table (measured on a county-sized extract:
                    // docs/disclosure.md)
                    chosen = complement(lines, suppressed, isKnown, f.id(), width, true);
                }
                if (chosen >= 0) {
                    suppressed[chosen] = true;
                    cell[chosen].markComplementary();
                    added++;
                    for (int j = lines.cellLineStart[chosen];
                            j < lines.cellLineStart[chosen + 1];
                            j++) {
                        touched[lines.cellLines[j]] = true;
                    }
                }
            }
            failedBefore.clear();
            for (LinearAudit.Interval f : failures) {
                failedBefore.add(f.id());
            }
            if (added == 0) {
                return new Attempt(
                        null,
                        failures,
                        "no cell was left to suppress beside the cells the audit found",
                        round);
            }
            secondary += added + Suppressor.close(plain, suppressed);
        }
        return new Attempt(
                null,
                failures,
                "the audit still found cells to protect after "
                        + MAX_ROUNDS
                        + " rounds of secondary suppression",
                MAX_ROUNDS);
    }

    private static boolean touches(Lines lines, boolean[] touched, int c) {
        for (int j = lines.cellLineStart[c]; j < lines.cellLineStart[c + 1]; j++) {
            if (touched[lines.cellLines[j]]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cheapest unsuppressed, not publicly known cell on a line through cell {@code f}; if every
     * such line is suppressed through, on a line through those lines' suppressed cells, and so on
     * (breadth first, up to {@value #REACH} steps); -1 if none.
     */
    private static int complement(
            Lines lines, boolean[] suppressed, boolean[] known, int f, int width, boolean totals) {
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        queue.add(new int[] {f, 0});
        seen.add(f);
        int depth = -1;
        int best = -1;
        long bestCount = 0;
        int visits = 0;
        while (!queue.isEmpty() && visits < MAX_VISITS) {
            int[] at = queue.poll();
            if (at[1] != depth) {
                if (best >= 0) {
                    return best;
                }
                depth = at[1];
            }
            int c = at[0];
            for (int j = lines.cellLineStart[c]; j < lines.cellLineStart[c + 1]; j++) {
                int l = lines.cellLines[j];
                for (int p = lines.partStart[l] - 1; p < lines.partStart[l + 1]; p++) {
                    int member = p < lines.partStart[l] ? lines.lineTotal[l] : lines.parts[p];
                    visits++;
                    if (suppressed[member]) {
                        if (at[1] + 1 < REACH && seen.add(member)) {
                            queue.add(new int[] {member, at[1] + 1});
                        }
                        continue;
                    }
                    best = better(lines, suppressed, known, member, best, bestCount, width, totals);
                    bestCount = best < 0 ? 0 : lines.cells[best].count();
                }
            }
        }
        return best;
    }

    private static int better(
            Lines lines,
            boolean[] suppressed,
            boolean[] known,
            int candidate,
            int best,
            long bestCount,
            int width,
            boolean totals) {
        // totals (tables without a dimension) are never chosen: they are what every user reads
        // first, and a total of a period at the edge of the data equals the total of its one
        // quarter or month, so hiding one only moves the question to the other
        if (suppressed[candidate]
                || known[candidate]
                || candidate >= lines.published
                || (!totals && lines.cells[candidate].table().arity() == 0)) {
            return best;
        }
        long count = lines.cells[candidate].count();
        if (best < 0) {
            return candidate;
        }
        boolean wide = count >= width;
        boolean bestWide = bestCount >= width;
        if (wide != bestWide) {
            return wide ? candidate : best;
        }
        if (count != bestCount) {
            // among wide enough cells the smallest, among narrow ones the largest
            return (wide ? count < bestCount : count > bestCount) ? candidate : best;
        }
        return candidate < best ? candidate : best;
    }
}
