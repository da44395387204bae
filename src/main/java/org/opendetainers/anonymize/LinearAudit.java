package org.opendetainers.anonymize;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The audit an outsider can run on a release: every linear relation among the published cells (the
 * {@link Lines}: margins along each dimension, months and quarters within quarters, years and
 * fiscal years, and the dimension hierarchies), every suppressed cell an unknown of at least 1 (a
 * published row counts at least one record; an absent row is zero), solved together as one linear
 * program. For each suppressed cell it finds the interval [lower, upper] of counts consistent with
 * everything published, with Google OR-Tools' GLOP simplex solver, and rounds it inward to
 * integers.
 *
 * <p>A suppressed cell is <em>exact</em> when lower = upper (the attacker recovers it); a
 * primary-suppressed cell is <em>narrow</em> when upper − lower is below the protection width. The
 * release passes when there is neither.
 *
 * <p>How it stays fast: published cells are constants, so only lines with a suppressed cell are
 * constraints, and the unknowns split into independent components (cells linked by such lines). In
 * each component, a few objectives (maximize and minimize the sum, and random directions) give
 * feasible points; a cell whose observed values already differ by its required width needs no solve
 * of its own. Only the others get their own maximization and minimization, warm-started from the
 * previous basis. Observed points are feasible, so a pass on observed values is sound; a failure is
 * only reported on optimal bounds.
 *
 * <p>It reads no count of a suppressed cell, so it runs as well on a release read back from the API
 * (where suppressed counts are absent) as inside the import.
 *
 * <p>Why one class of about 450 lines: it is one algorithm (the components, the shared random
 * directions, the per-cell bounds and their rounding) over one set of arrays; split, each part
 * would need all of the others' state.
 */
public final class LinearAudit {

    /** The solver named in disclosure reports. */
    public static final String SOLVER =
            "proofs from the true counts (balanced directions of suppressed cells), then Google OR-Tools 9.14 GLOP (primal/dual simplex) for the cells without one, LP relaxation rounded inward to integers";

    private static final double EPS = 1e-6;
    private static final int MAX_SHARED_ROUNDS = 12;

    private LinearAudit() {}

    /** Loads the solver's native library once per class loader. */
    private static final class Native {
        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
            // the static initializer does the work
        }
    }

    /**
     * The interval of counts an attacker can prove for one suppressed cell.
     *
     * @param cell the cell (its count is never read here)
     * @param lower smallest feasible count, rounded up
     * @param upper largest feasible count, rounded down; {@link Long#MAX_VALUE} when unbounded
     * @param id the cell's index in the audit's canonical order of cells
     * @param solved whether the bounds are the linear program's optimum (false: only what the
     *     {@link Certificates} showed, in a component too large to solve; the true interval may be
     *     wider)
     */
    public record Interval(StatCell cell, long lower, long upper, int id, boolean solved) {
        public long width() {
            return upper == Long.MAX_VALUE ? Long.MAX_VALUE : upper - lower;
        }

        /** The key and the interval, never the true count. */
        @Override
        public String toString() {
            return cell.table().id()
                    + "["
                    + cell.periodStart()
                    + (cell.derived() ? ".." + cell.periodEnd() : "")
                    + (cell.values().isEmpty() ? "" : ", " + String.join(", ", cell.values()))
                    + "] in ["
                    + lower
                    + ", "
                    + (upper == Long.MAX_VALUE ? "∞" : Long.toString(upper))
                    + "]";
        }
    }

    /**
     * What the audit found.
     *
     * @param cellsAudited suppressed cells audited (unknowns)
     * @param derivedCells finer cells implied by the tables (see {@link Knowledge}), unknowns too
     * @param relations lines of the release (all of them, with or without a suppressed cell)
     * @param constraints lines holding at least one suppressed cell (the LP's constraints)
     * @param components independent groups of unknowns solved separately
     * @param largestComponent unknowns in the largest group
     * @param lpSolves linear programs solved
     * @param exact suppressed cells whose count is determined (must be none)
     * @param narrow primary-suppressed cells whose interval is narrower than the width
     * @param narrowestWidth the narrowest interval width shown for a primary-suppressed cell (a
     *     lower bound: cells that passed early may be wider); -1 if none
     * @param width the protection width required of primary-suppressed cells
     * @param millis wall time of the audit
     * @param proved suppressed cells shown wide enough by a proof from the true counts ({@link
     *     Certificates}; inside the import only), without a linear program
     * @param unsolved components too large to solve whose cells without a proof were reported as
     *     failing
     */
    public record Result(
            long cellsAudited,
            long derivedCells,
            long relations,
            long constraints,
            long components,
            long largestComponent,
            long lpSolves,
            List<Interval> exact,
            List<Interval> narrow,
            long narrowestWidth,
            int width,
            long millis,
            long proved,
            long unsolved) {
        public boolean passed() {
            return exact.isEmpty() && narrow.isEmpty();
        }

        /** The cells that fail, exact first. */
        public List<Interval> failures() {
            List<Interval> all = new ArrayList<>(exact);
            all.addAll(narrow);
            return all;
        }
    }

    /**
     * Audits a release.
     *
     * @param tables the published tables
     * @param cells their cells with suppression flags (counts of suppressed cells are not read)
     * @param hierarchies dimension hierarchies an attacker knows
     * @param width protection width: a primary-suppressed cell's interval must be at least this
     *     wide
     * @param known suppressed cells whose count an attacker knows from elsewhere (e.g. a previous
     *     release published the same cell with the same count): constants, not unknowns
     */
    public static Result audit(
            Collection<StatTable> tables,
            List<StatCell> cells,
            List<Hierarchy> hierarchies,
            int width,
            Predicate<StatCell> known) {
        return audit(Lines.build(tables, cells, false, hierarchies), width, known);
    }

    /**
     * As {@link #audit(Collection, List, List, int, Predicate)}, for an attacker who also knows
     * what {@code knowledge} says: the finer cells and the coverage; a finer cell of 1..k−1 must
     * pass as a primary-suppressed cell does.
     */
    public static Result audit(
            Collection<StatTable> tables,
            List<StatCell> cells,
            List<Hierarchy> hierarchies,
            int width,
            Predicate<StatCell> known,
            Knowledge knowledge) {
        return audit(Lines.build(tables, cells, false, hierarchies, knowledge), width, known);
    }

    static Result audit(Lines lines, int width, Predicate<StatCell> known) {
        return audit(lines, width, known, new HashMap<>());
    }

    /**
     * @param passed components proved to pass in an earlier call on the same lines and known cells,
     *     by a hash of their unknowns, with their narrowest primary width; skipped, and updated
     */
    static Result audit(Lines lines, int width, Predicate<StatCell> known, Map<Long, Long> passed) {
        return audit(lines, width, known, passed, false);
    }

    /**
     * A component this large (unknowns) is solved only when few of its cells lack a proof: a linear
     * program per cell of it would take minutes.
     */
    static final int LP_COMPONENT_LIMIT = 4_000;

    /** Cells without a proof that a large component may still solve one by one. */
    static final int LP_OPEN_LIMIT = 40;

    /**
     * @param truth whether the cells hold their true counts (inside the import): then {@link
     *     Certificates} prove most cells wide enough first, and a linear program is solved only for
     *     the others; a cell of a component too large to solve ({@link #LP_COMPONENT_LIMIT}) left
     *     without a proof is reported as failing with the interval its proofs show (conservative:
     *     the suppression then protects it further)
     */
    static Result audit(
            Lines lines,
            int width,
            Predicate<StatCell> known,
            Map<Long, Long> passed,
            boolean truth) {
        Objects.requireNonNull(known, "known");
        if (width < 1) {
            throw new IllegalArgumentException("protection width must be at least 1, got " + width);
        }
        long t0 = System.nanoTime();
        Native.load();
        StatCell[] cell = lines.cells;
        int n = cell.length;
        int[] var = new int[n];
        Arrays.fill(var, -1);
        IntArrayList unknownCells = new IntArrayList();
        long derived = 0;
        for (int i = 0; i < n; i++) {
            boolean isDerived = i >= lines.published;
            if (cell[i].suppressed() && (isDerived || !known.test(cell[i]))) {
                var[i] = unknownCells.size;
                unknownCells.add(i);
                if (isDerived) {
                    derived++;
                }
            }
        }
        int unknowns = unknownCells.size;
        int lineCount = lines.lineCount();
        Certificates proofs = null;
        long proved = 0;
        if (truth) {
            boolean[] isUnknown = new boolean[n];
            for (int v = 0; v < unknowns; v++) {
                isUnknown[unknownCells.data[v]] = true;
            }
            proofs = new Certificates(lines, isUnknown, null);
            for (int v = 0; v < unknowns; v++) {
                int c = unknownCells.data[v];
                if (proofs.prove(c, required(cell[c], width)) >= required(cell[c], width)) {
                    proved++;
                }
            }
        }

        // components of unknowns linked by lines
        int[] parent = new int[unknowns];
        for (int v = 0; v < unknowns; v++) {
            parent[v] = v;
        }
        IntArrayList constrained = new IntArrayList();
        for (int l = 0; l < lineCount; l++) {
            int first = var[lines.lineTotal[l]];
            boolean any = first >= 0;
            for (int j = lines.partStart[l]; j < lines.partStart[l + 1]; j++) {
                int v = var[lines.parts[j]];
                if (v >= 0) {
                    any = true;
                    if (first < 0) {
                        first = v;
                    } else {
                        union(parent, first, v);
                    }
                }
            }
            if (any) {
                constrained.add(l);
            }
        }
        int[] component = new int[unknowns];
        int[] componentSize = new int[unknowns];
        for (int v = 0; v < unknowns; v++) {
            component[v] = find(parent, v);
            componentSize[component[v]]++;
        }
        // group unknowns and lines by component
        int[] order = new int[unknowns];
        int[] start = new int[unknowns + 1];
        for (int v = 0; v < unknowns; v++) {
            start[component[v] + 1]++;
        }
        for (int c = 0; c < unknowns; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, unknowns);
        for (int v = 0; v < unknowns; v++) {
            order[fill[component[v]]++] = v;
        }
        int[] lineStart = new int[unknowns + 1];
        int[] lineComponent = new int[constrained.size];
        for (int i = 0; i < constrained.size; i++) {
            int l = constrained.data[i];
            int c = -1;
            if (var[lines.lineTotal[l]] >= 0) {
                c = component[var[lines.lineTotal[l]]];
            }
            for (int j = lines.partStart[l]; c < 0; j++) {
                int v = var[lines.parts[j]];
                if (v >= 0) {
                    c = component[v];
                }
            }
            lineComponent[i] = c;
            lineStart[c + 1]++;
        }
        for (int c = 0; c < unknowns; c++) {
            lineStart[c + 1] += lineStart[c];
        }
        int[] linesByComponent = new int[constrained.size];
        fill = Arrays.copyOf(lineStart, unknowns);
        for (int i = 0; i < constrained.size; i++) {
            linesByComponent[fill[lineComponent[i]]++] = constrained.data[i];
        }

        Counter solves = new Counter();
        List<Interval> exact = new ArrayList<>();
        List<Interval> narrow = new ArrayList<>();
        long narrowest = Long.MAX_VALUE;
        long components = 0;
        long largest = 0;
        int[] local = new int[unknowns];
        long unsolved = 0;
        for (int c = 0; c < unknowns; c++) {
            int size = start[c + 1] - start[c];
            if (size == 0) {
                continue;
            }
            components++;
            largest = Math.max(largest, size);
            int[] members = Arrays.copyOfRange(order, start[c], start[c + 1]);
            for (int k = 0; k < members.length; k++) {
                local[members[k]] = k;
            }
            long hash = 1125899906842597L;
            for (int v : members) {
                hash = 31 * hash + unknownCells.data[v];
            }
            hash = 31 * hash + width;
            Long cached = passed.get(hash);
            if (cached != null) {
                narrowest = Math.min(narrowest, cached);
                continue;
            }
            int[] componentLines =
                    Arrays.copyOfRange(linesByComponent, lineStart[c], lineStart[c + 1]);
            int failuresBefore = exact.size() + narrow.size();
            long w;
            int open = 0;
            if (proofs != null) {
                long shownMin = Long.MAX_VALUE;
                for (int v : members) {
                    int id = unknownCells.data[v];
                    if (proofs.shown(id) < required(cell[id], width)) {
                        open++;
                    } else if (cell[id].primary()) {
                        shownMin = Math.min(shownMin, proofs.shown(id));
                    }
                }
                if (open == 0) {
                    narrowest = Math.min(narrowest, shownMin);
                    passed.put(hash, shownMin);
                    continue;
                }
                if (members.length > LP_COMPONENT_LIMIT && open > LP_OPEN_LIMIT) {
                    // too large to solve: the cells without a proof fail, with what their proofs
                    // show
                    for (int v : members) {
                        int id = unknownCells.data[v];
                        if (proofs.shown(id) < required(cell[id], width)) {
                            Interval interval =
                                    new Interval(
                                            cell[id],
                                            cell[id].count() - proofs.down(id),
                                            cell[id].count() + proofs.up(id),
                                            id,
                                            false);
                            (interval.width() <= 0 ? exact : narrow).add(interval);
                        }
                    }
                    narrowest = Math.min(narrowest, shownMin);
                    unsolved++;
                    continue;
                }
            }
            w =
                    solveComponent(
                            lines,
                            var,
                            local,
                            unknownCells,
                            members,
                            componentLines,
                            width,
                            exact,
                            narrow,
                            solves,
                            proofs);
            narrowest = Math.min(narrowest, w);
            if (exact.size() + narrow.size() == failuresBefore) {
                passed.put(hash, w);
            }
        }
        return new Result(
                unknowns - derived,
                derived,
                lineCount,
                constrained.size,
                components,
                largest,
                solves.n,
                exact,
                narrow,
                narrowest == Long.MAX_VALUE ? -1 : narrowest,
                width,
                (System.nanoTime() - t0) / 1_000_000,
                proved,
                unsolved);
    }

    /**
     * Solves one component; returns the narrowest width shown for a primary cell (Long.MAX_VALUE if
     * none).
     */
    private static long solveComponent(
            Lines lines,
            int[] var,
            int[] local,
            IntArrayList unknownCells,
            int[] members,
            int[] componentLines,
            int width,
            List<Interval> exact,
            List<Interval> narrow,
            Counter solves,
            Certificates proofs) {
        StatCell[] cell = lines.cells;
        int m = members.length;
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("the GLOP linear solver is not available");
        }
        try {
            MPVariable[] x = new MPVariable[m];
            for (int k = 0; k < m; k++) {
                x[k] =
                        solver.makeNumVar(
                                lines.floor[unknownCells.data[members[k]]],
                                MPSolver.infinity(),
                                "x" + k);
            }
            for (int l : componentLines) {
                double rhs = 0;
                int total = lines.lineTotal[l];
                // parts − total = 0, known cells moved to the right-hand side
                MPConstraint row = solver.makeConstraint(0, 0);
                if (var[total] >= 0) {
                    row.setCoefficient(x[local[var[total]]], -1);
                } else {
                    rhs += cell[total].count();
                }
                for (int j = lines.partStart[l]; j < lines.partStart[l + 1]; j++) {
                    int p = lines.parts[j];
                    if (var[p] >= 0) {
                        row.setCoefficient(x[local[var[p]]], 1);
                    } else {
                        rhs -= cell[p].count();
                    }
                }
                row.setBounds(rhs, rhs);
            }
            double[] lo = new double[m];
            double[] hi = new double[m];
            Arrays.fill(lo, Double.POSITIVE_INFINITY);
            Arrays.fill(hi, Double.NEGATIVE_INFINITY);
            boolean[] unboundedUp = new boolean[m];
            if (proofs != null) {
                // the points the proofs show are feasible: observed values
                for (int k = 0; k < m; k++) {
                    int id = unknownCells.data[members[k]];
                    lo[k] = cell[id].count() - proofs.down(id);
                    hi[k] = cell[id].count() + proofs.up(id);
                }
            }
            MPObjective objective = solver.objective();

            // shared directions: push the cells not yet shown wide enough, each up or down at
            // random,
            // while that keeps showing more cells wide enough
            int[] required = new int[m];
            for (int k = 0; k < m; k++) {
                required[k] = required(cell[unknownCells.data[members[k]]], width);
            }
            Random random = new Random(m * 31L + componentLines.length);
            int pending = 0;
            for (int k = 0; k < m; k++) {
                if (shown(lo[k], hi[k], unboundedUp[k]) < required[k]) {
                    pending++;
                }
            }
            int stale = 0;
            for (int round = 0; round < MAX_SHARED_ROUNDS && pending > 0 && stale < 2; round++) {
                boolean up = round % 2 == 0;
                for (int k = 0; k < m; k++) {
                    boolean open = shown(lo[k], hi[k], unboundedUp[k]) < required[k];
                    // the sum of a table's suppressed cells is often fixed by its total, so open
                    // cells
                    // are pushed in random directions rather than all the same way
                    objective.setCoefficient(x[k], open ? (random.nextBoolean() ? 1 : -1) : 0);
                }
                if (up) {
                    objective.setMaximization();
                } else {
                    objective.setMinimization();
                }
                MPSolver.ResultStatus status = solver.solve();
                solves.n++;
                if (status == MPSolver.ResultStatus.OPTIMAL) {
                    observe(x, lo, hi);
                } else if (status == MPSolver.ResultStatus.INFEASIBLE) {
                    // GLOP reports an unbounded direction as infeasible too (infeasible or
                    // unbounded):
                    // a solve without objective tells the two apart
                    for (int k = 0; k < m; k++) {
                        objective.setCoefficient(x[k], 0);
                    }
                    MPSolver.ResultStatus feasible = solver.solve();
                    solves.n++;
                    if (feasible != MPSolver.ResultStatus.OPTIMAL) {
                        throw new IllegalStateException(
                                "the published relations of a release are inconsistent (infeasible LP)");
                    }
                    observe(x, lo, hi);
                }
                int now = 0;
                for (int k = 0; k < m; k++) {
                    if (shown(lo[k], hi[k], unboundedUp[k]) < required[k]) {
                        now++;
                    }
                }
                stale = round >= 1 && now >= pending ? stale + 1 : 0;
                pending = now;
            }
            for (int k = 0; k < m; k++) {
                objective.setCoefficient(x[k], 0);
            }

            long narrowest = Long.MAX_VALUE;
            for (int k = 0; k < m; k++) {
                StatCell c = cell[unknownCells.data[members[k]]];
                if (shown(lo[k], hi[k], unboundedUp[k]) >= required[k]) {
                    if (c.primary()) {
                        narrowest = Math.min(narrowest, shown(lo[k], hi[k], unboundedUp[k]));
                    }
                    continue;
                }
                objective.setCoefficient(x[k], 1);
                objective.setMaximization();
                MPSolver.ResultStatus up = solver.solve();
                solves.n++;
                if (up == MPSolver.ResultStatus.UNBOUNDED
                        || up == MPSolver.ResultStatus.INFEASIBLE) {
                    // the program is feasible (the shared directions found points), so "infeasible
                    // or
                    // unbounded" is unbounded
                    unboundedUp[k] = true;
                } else if (up == MPSolver.ResultStatus.OPTIMAL) {
                    observe(x, lo, hi);
                }
                if (shown(lo[k], hi[k], unboundedUp[k]) < required[k]) {
                    objective.setMinimization();
                    MPSolver.ResultStatus down = solver.solve();
                    solves.n++;
                    if (down == MPSolver.ResultStatus.OPTIMAL) {
                        observe(x, lo, hi);
                    }
                }
                objective.setCoefficient(x[k], 0);
                long shown = shown(lo[k], hi[k], unboundedUp[k]);
                if (c.primary()) {
                    narrowest = Math.min(narrowest, shown);
                }
                if (shown < required[k]) {
                    Interval interval =
                            new Interval(
                                    c,
                                    (long) Math.ceil(lo[k] - EPS),
                                    (long) Math.floor(hi[k] + EPS),
                                    unknownCells.data[members[k]],
                                    true);
                    if (interval.width() <= 0) {
                        exact.add(interval);
                    } else {
                        narrow.add(interval);
                    }
                }
            }
            return narrowest;
        } finally {
            solver.delete();
        }
    }

    /**
     * The width a suppressed cell's interval must have: the protection width for a primary cell (a
     * finer cell of 1..k−1 included), at least 1 (not exact) for another published one, nothing for
     * another finer cell.
     */
    private static int required(StatCell c, int width) {
        return c.primary() ? width : c.derived() ? 0 : 1;
    }

    private static void observe(MPVariable[] x, double[] lo, double[] hi) {
        for (int k = 0; k < x.length; k++) {
            double v = x[k].solutionValue();
            if (v < lo[k]) {
                lo[k] = v;
            }
            if (v > hi[k]) {
                hi[k] = v;
            }
        }
    }

    /** The integer width of the observed range. */
    private static long shown(double lo, double hi, boolean unboundedUp) {
        if (unboundedUp) {
            return Long.MAX_VALUE;
        }
        if (lo > hi) {
            return 0;
        }
        return Math.max(0, (long) Math.floor(hi + EPS) - (long) Math.ceil(lo - EPS));
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static final class Counter {
        long n;
    }

    private static final class IntArrayList {
        int[] data = new int[64];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }
    }
}
