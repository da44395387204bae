package org.opendetainers.anonymize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Test support: random records, their aggregation into tables, and a naive, independent enumeration
 * of lines.
 */
final class Cubes {

    private Cubes() {}

    /** A record: a date and a value for each dimension. */
    record Rec(LocalDate date, Map<String, String> values) {}

    /** A line: total = sum of parts. */
    record Line(StatCell total, List<StatCell> parts) {
        long suppressed() {
            return (total.suppressed() ? 1 : 0)
                    + parts.stream().filter(StatCell::suppressed).count();
        }
    }

    /** Every table of 0, 1 and 2 of {@code dims} at each granularity. */
    static List<StatTable> allTables(List<Granularity> granularities, List<String> dims) {
        List<StatTable> tables = new ArrayList<>();
        for (Granularity g : granularities) {
            tables.add(StatTable.of(g, List.of()));
            for (int i = 0; i < dims.size(); i++) {
                tables.add(StatTable.of(g, List.of(dims.get(i))));
                for (int j = i + 1; j < dims.size(); j++) {
                    tables.add(StatTable.of(g, List.of(dims.get(i), dims.get(j))));
                }
            }
        }
        return tables;
    }

    /** The cells (count at least 1) of each table. */
    static List<StatCell> aggregate(List<StatTable> tables, List<Rec> records) {
        List<StatCell> cells = new ArrayList<>();
        for (StatTable t : tables) {
            Map<List<Object>, Long> counts = new LinkedHashMap<>();
            for (Rec r : records) {
                List<Object> key = new ArrayList<>();
                key.add(t.granularity().periodStart(r.date()));
                for (String d : t.dimensions()) {
                    key.add(r.values().get(d));
                }
                counts.merge(key, 1L, Long::sum);
            }
            counts.forEach(
                    (key, n) ->
                            cells.add(
                                    new StatCell(
                                            t,
                                            (LocalDate) key.get(0),
                                            key.subList(1, key.size()).stream()
                                                    .map(String.class::cast)
                                                    .toList(),
                                            n)));
        }
        return cells;
    }

    /** The true counts of {@code records} over spans of months, as the import knows them. */
    static Knowledge.SpanCounts truth(List<Rec> records) {
        Map<List<Object>, Long> byMonth = new HashMap<>();
        for (Rec r : records) {
            YearMonth m = YearMonth.from(r.date());
            // every subset of at most two dimensions, in canonical order
            List<String> dims = Dimension.NAMES.stream().filter(r.values()::containsKey).toList();
            byMonth.merge(List.of(List.of(), List.of(), m), 1L, Long::sum);
            for (int i = 0; i < dims.size(); i++) {
                String a = dims.get(i);
                byMonth.merge(List.of(List.of(a), List.of(r.values().get(a)), m), 1L, Long::sum);
                for (int j = i + 1; j < dims.size(); j++) {
                    String b = dims.get(j);
                    byMonth.merge(
                            List.of(
                                    List.of(a, b),
                                    List.of(r.values().get(a), r.values().get(b)),
                                    m),
                            1L,
                            Long::sum);
                }
            }
        }
        return (dims, values, from, to) -> {
            long n = 0;
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                n += byMonth.getOrDefault(List.of(dims, values, m), 0L);
            }
            return n;
        };
    }

    /** {@code n} records of one value of one dimension in one month (on its first day). */
    static void add(List<Rec> records, String dim, String value, int year, int month, int n) {
        for (int i = 0; i < n; i++) {
            records.add(new Rec(LocalDate.of(year, month, 1), Map.of(dim, value)));
        }
    }

    /** A value from {@code values} with probability decreasing geometrically by {@code ratio}. */
    static String skewed(Random random, List<String> values, double ratio) {
        double total = 0;
        double w = 1;
        for (int i = 0; i < values.size(); i++, w *= ratio) {
            total += w;
        }
        double x = random.nextDouble() * total;
        w = 1;
        for (String v : values) {
            if (x < w) {
                return v;
            }
            x -= w;
            w *= ratio;
        }
        return values.get(values.size() - 1);
    }

    static final List<String> GENDERS = List.of("male", "female", "unknown");
    static final List<String> OUTCOMES =
            List.of("removed", "released", "transferred", "unknown", "declined", "expired");

    /** Random records over gender, aor and outcome between 2017-01-01 and 2019-12-31. */
    static List<Rec> randomRecords(Random random, int n, int aors) {
        List<String> aorValues = new ArrayList<>();
        for (int i = 0; i < aors; i++) {
            aorValues.add("AOR" + (char) ('A' + i));
        }
        LocalDate from = LocalDate.of(2017, 1, 1);
        int days = (int) (LocalDate.of(2020, 1, 1).toEpochDay() - from.toEpochDay());
        double aorRatio = 0.5 + random.nextDouble() * 0.4;
        List<Rec> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // the first months are sparse, so that some period totals are small too
            int day = random.nextInt(10) == 0 ? random.nextInt(62) : random.nextInt(days);
            Map<String, String> v = new HashMap<>();
            v.put("gender", skewed(random, GENDERS, 0.15));
            v.put("aor", skewed(random, aorValues, aorRatio));
            v.put("outcome", skewed(random, OUTCOMES, 0.4));
            records.add(new Rec(from.plusDays(day), v));
        }
        return records;
    }

    /** The lines among {@code cells}, built naively from the definition. */
    static List<Line> lines(List<StatTable> tables, List<StatCell> cells) {
        Map<StatTable, Map<List<Object>, StatCell>> byTable = new HashMap<>();
        for (StatCell c : cells) {
            byTable.computeIfAbsent(c.table(), t -> new HashMap<>())
                    .put(key(c.periodStart(), c.values()), c);
        }
        List<Line> lines = new ArrayList<>();
        for (StatTable t : tables) {
            List<StatCell> ofTable = cells.stream().filter(c -> c.table().equals(t)).toList();
            for (int drop = 0; drop < t.dimensions().size(); drop++) {
                List<String> rest = new ArrayList<>(t.dimensions());
                rest.remove(drop);
                StatTable parent = StatTable.of(t.granularity(), rest);
                if (tables.contains(parent)) {
                    int dropped = drop;
                    group(
                            lines,
                            byTable.getOrDefault(parent, Map.of()),
                            ofTable,
                            c -> {
                                List<String> v = new ArrayList<>(c.values());
                                v.remove(dropped);
                                return key(c.periodStart(), v);
                            });
                }
            }
            for (Granularity coarse : Granularity.values()) {
                StatTable parent = StatTable.of(coarse, t.dimensions());
                if (t.granularity().nestsIn(coarse) && tables.contains(parent)) {
                    group(
                            lines,
                            byTable.getOrDefault(parent, Map.of()),
                            ofTable,
                            c -> key(coarse.periodStart(c.periodStart()), c.values()));
                }
            }
        }
        return lines;
    }

    private static void group(
            List<Line> lines,
            Map<List<Object>, StatCell> parents,
            List<StatCell> children,
            Function<StatCell, List<Object>> parentKey) {
        Map<List<Object>, List<StatCell>> groups = new LinkedHashMap<>();
        for (StatCell c : children) {
            groups.computeIfAbsent(parentKey.apply(c), k -> new ArrayList<>()).add(c);
        }
        groups.forEach(
                (k, parts) -> {
                    StatCell total = parents.get(k);
                    if (total == null) {
                        throw new AssertionError("no total for " + parts);
                    }
                    lines.add(new Line(total, parts));
                });
    }

    private static List<Object> key(LocalDate period, List<String> values) {
        List<Object> key = new ArrayList<>();
        key.add(period);
        key.addAll(values);
        return key;
    }

    /** Fresh copies of {@code cells} flagged with primary suppression at k only. */
    static List<StatCell> primaryOnly(List<StatCell> cells, int k) {
        return cells.stream()
                .map(
                        c ->
                                new StatCell(
                                        c.table(),
                                        c.periodStart(),
                                        c.values(),
                                        c.count(),
                                        c.count() < k,
                                        false))
                .toList();
    }
}
