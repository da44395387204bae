package org.opendetainers.tools;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.ingest.CuratedDataReader;
import org.opendetainers.ingest.records.IceValues;

/**
 * Writes {@code data-seed/counts.csv} and the rows of {@code sources.csv} for it from NPR's exports
 * of ICE's FOIA release 15-87693 (repository nprapps/sanctuary-cities, folder {@code export/}):
 * ICE's detainer records of October 2007 to July 2015, counted by NPR with SQL over the records (by
 * calendar month or year of the prepare date). The counts are copied as published; only the periods
 * are made explicit: a calendar year is cut to the span the records cover (October 2007 to July
 * 2015), and detainer types, recorded from October 2014 on, get that span.
 */
public final class IceFoiaCounts {

    /** Sources written by this converter have ids starting so; the rest of sources.csv is kept. */
    static final String SOURCE_PREFIX = "npr-ice-foia-15-87693";

    /** The first and last month of ICE's records in the release, as the monthly counts show. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2007, 10);

    static final YearMonth LAST_MONTH = YearMonth.of(2015, 7);

    /** The first month with a detainer type: the earlier workbooks have no detainer type. */
    static final YearMonth FIRST_TYPED_MONTH = YearMonth.of(2014, 10);

    /** One export file: the series it holds and the source id of its copy. */
    record Export(String file, CountSeries series, String sourceId, String title) {}

    static final List<Export> EXPORTS =
            List.of(
                    new Export(
                            "detainers_by_year_and_month.csv",
                            CountSeries.detainers_by_month,
                            SOURCE_PREFIX + "-by-month",
                            "detainers by month"),
                    new Export(
                            "all_detainers_by_year.csv",
                            CountSeries.detainers_by_year,
                            SOURCE_PREFIX + "-by-year",
                            "detainers by year"),
                    new Export(
                            "lifted_detainers_by_year.csv",
                            CountSeries.lifted_by_year,
                            SOURCE_PREFIX + "-lifted-by-year",
                            "lifted detainers by year"),
                    new Export(
                            "detainers_by_lift_reason_and_year.csv",
                            CountSeries.lifted_by_reason_and_year,
                            SOURCE_PREFIX + "-by-lift-reason",
                            "detainers by lift reason and year"),
                    new Export(
                            "detainers_by_type_and_year.csv",
                            CountSeries.detainers_by_type_and_year,
                            SOURCE_PREFIX + "-by-type",
                            "detainers by type and year"),
                    new Export(
                            "declined_vs_everythingelse.csv",
                            CountSeries.declined_by_facility_and_year,
                            SOURCE_PREFIX + "-declined-by-facility",
                            "declined detainers by facility and year"));

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: IceFoiaCounts EXPORT_DIR REPOSITORY COMMIT DATA_SEED_DIR");
            System.exit(2);
        }
        Path export = Path.of(args[0]);
        String repository = args[1];
        String commit = args[2];
        Path seed = Path.of(args[3]);
        int n = convert(export, repository, commit, seed);
        System.out.printf("%d counts from %d files%n", n, EXPORTS.size());
    }

    /**
     * Writes counts.csv into {@code seed} and replaces the converter's rows of its sources.csv;
     * returns the number of counts.
     */
    static int convert(Path export, String repository, String commit, Path seed)
            throws IOException {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (Export e : EXPORTS) {
            counts.addAll(read(export.resolve(e.file()), e));
        }
        FacilityNames facilities = FacilityNames.read(seed.resolve(CuratedDataReader.FACILITIES));
        Map<List<String>, Unmatched> unmatched = new LinkedHashMap<>();
        for (Map<String, Object> c : counts) {
            Object name = c.get("facility_name");
            if (name == null) {
                continue;
            }
            String state = (String) c.get("facility_state");
            FacilityNames.Match m = facilities.match(name.toString(), state);
            c.put("facility_id", m.id());
            if (m.id() != null && m.rule() == FacilityNames.Rule.abbreviations) {
                Object note = c.get("note");
                c.put("note", note == null ? ABBREVIATIONS_NOTE : note + "; " + ABBREVIATIONS_NOTE);
            }
            if (m.id() == null) {
                Unmatched u =
                        unmatched.computeIfAbsent(
                                Arrays.asList(
                                        name.toString(), (String) c.get("facility_city"), state),
                                k -> new Unmatched(m, new long[2]));
                u.rowsAndDeclines()[0]++;
                if (c.get("series") == CountSeries.declined_by_facility_and_year) {
                    u.rowsAndDeclines()[1] += (Long) c.get("value");
                }
            }
        }
        CuratedCsv.write(
                seed.resolve(CuratedDataReader.COUNTS), CuratedDataReader.COUNT_COLUMNS, counts);
        writeUnmatched(seed.resolve(UNMATCHED), unmatched, facilities);
        List<String> sources = new ArrayList<>();
        for (Export e : EXPORTS) {
            sources.add(
                    CuratedCsv.line(
                            source(e, repository, commit), CuratedDataReader.SOURCE_COLUMNS));
        }
        CuratedCsv.replaceLines(seed.resolve(CuratedDataReader.SOURCES), SOURCE_PREFIX, sources);
        return counts.size();
    }

    /** A line of an export file and its cells. */
    private record Rec(long line, String[] cells) {
        String get(int i) {
            return i < cells.length ? cells[i] : "";
        }

        long getRecordNumber() {
            return line;
        }
    }

    /** The rows of one export file as counts.csv rows. */
    static List<Map<String, Object>> read(Path file, Export e) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(r)) {
            long line = 0;
            while (rows.hasNext()) {
                Rec rec = new Rec(++line, rows.next());
                if (line == 1) {
                    continue; // header
                }
                switch (e.series()) {
                    case detainers_by_month -> out.add(month(rec, e));
                    case detainers_by_year, lifted_by_year -> out.add(year(rec, e, null));
                    case lifted_by_reason_and_year, detainers_by_type_and_year ->
                            out.add(year(rec, e, rec.get(1)));
                    case declined_by_facility_and_year -> out.addAll(facility(rec, e));
                    default -> throw new IllegalStateException(e.series() + " has no file");
                }
            }
        }
        return out;
    }

    private static Map<String, Object> month(Rec rec, Export e) {
        YearMonth m = YearMonth.parse(rec.get(0));
        String note =
                m.equals(LAST_MONTH)
                        ? "The last month of ICE's release, whose workbooks are dated 26 July 2015 in their names; whether the month is complete is not stated."
                        : null;
        return count(
                "us-detainers-" + m,
                e,
                m.atDay(1),
                m.atEndOfMonth(),
                null,
                null,
                null,
                null,
                Long.parseLong(rec.get(1)),
                note);
    }

    private static Map<String, Object> year(Rec rec, Export e, String category) {
        int year = Integer.parseInt(rec.get(0));
        long value = Long.parseLong(rec.get(category == null ? 1 : 2));
        YearMonth first =
                e.series() == CountSeries.detainers_by_type_and_year
                        ? FIRST_TYPED_MONTH
                        : FIRST_MONTH;
        LocalDate start = later(LocalDate.of(year, 1, 1), first.atDay(1));
        LocalDate end = earlier(LocalDate.of(year, 12, 31), LAST_MONTH.atEndOfMonth());
        String prefix =
                switch (e.series()) {
                    case detainers_by_year -> "us-detainers-";
                    case lifted_by_year -> "us-lifted-";
                    case lifted_by_reason_and_year -> "us-lift-reason-";
                    default -> "us-type-";
                };
        String id = prefix + year + (category == null ? "" : "-" + slug(category));
        return count(
                id,
                e,
                start,
                end,
                category,
                null,
                null,
                null,
                value,
                yearNote(e, year, start, end));
    }

    private static String yearNote(Export e, int year, LocalDate start, LocalDate end) {
        List<String> parts = new ArrayList<>();
        if (e.series() == CountSeries.detainers_by_type_and_year
                && start.equals(FIRST_TYPED_MONTH.atDay(1))) {
            parts.add(
                    "ICE's workbooks before October 2014 have no detainer type: the types of "
                            + year
                            + " add up to the detainers of October to December "
                            + year
                            + " in the monthly counts, not to the year's.");
        } else if (start.getMonthValue() != 1) {
            parts.add(
                    "ICE's release begins in "
                            + FIRST_MONTH
                            + ": the year holds October to December only.");
        }
        if (end.getMonthValue() != 12) {
            parts.add(
                    "ICE's release ends in "
                            + LAST_MONTH
                            + ": the year holds January to July only.");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /**
     * One row of NPR's facility file: the declined detainers of a facility and year, and when the
     * row has them, the same facility's detainers of that year with any other lift reason (NPR
     * joined these by facility name alone, so they count every place with that name).
     */
    private static List<Map<String, Object>> facility(Rec rec, Export e) {
        int year = Integer.parseInt(rec.get(0));
        String name = rec.get(1).strip();
        String city = blankToNull(rec.get(2));
        String stateName = blankToNull(rec.get(3));
        String state = stateName == null ? null : IceValues.state(stateName);
        if (stateName != null && state == null) {
            throw new IllegalArgumentException(
                    "line " + rec.getRecordNumber() + ": state '" + stateName + "' is no state");
        }
        LocalDate start = later(LocalDate.of(year, 1, 1), FIRST_MONTH.atDay(1));
        LocalDate end = earlier(LocalDate.of(year, 12, 31), LAST_MONTH.atEndOfMonth());
        String where =
                slug(name)
                        + (city == null ? "" : "-" + slug(city))
                        + (state == null ? "" : "-" + state.toLowerCase(Locale.ROOT));
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(
                count(
                        "declined-" + year + "-" + where,
                        e,
                        start,
                        end,
                        CountSeries.DECLINED_BY_LEA,
                        name,
                        city,
                        state,
                        Long.parseLong(rec.get(4)),
                        yearNote(e, year, start, end)));
        if (!rec.get(7).isBlank()) {
            Export other =
                    new Export(
                            e.file(),
                            CountSeries.lifted_other_reason_by_facility_and_year,
                            e.sourceId(),
                            e.title());
            String note =
                    "NPR counted a facility's detainers with a lift reason other than 'Detainer Declined by LEA' by facility name alone: where several places share the name, this counts them all.";
            String yn = yearNote(e, year, start, end);
            out.add(
                    count(
                            "lifted-other-" + year + "-" + where,
                            other,
                            start,
                            end,
                            null,
                            name,
                            city,
                            state,
                            Long.parseLong(rec.get(7)),
                            yn == null ? note : yn + " " + note));
        }
        return out;
    }

    private static Map<String, Object> count(
            String id,
            Export e,
            LocalDate start,
            LocalDate end,
            String category,
            String facility,
            String city,
            String state,
            long value,
            String note) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("series", e.series());
        v.put("period_start", start);
        v.put("period_end", end);
        v.put("category", category);
        v.put("facility_name", facility);
        v.put("facility_city", city);
        v.put("facility_state", state);
        v.put("facility_id", null);
        v.put("value", value);
        v.put("source_id", e.sourceId());
        v.put("note", note);
        return v;
    }

    private static Map<String, Object> source(Export e, String repository, String commit) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.sourceId());
        v.put("publisher", "NPR");
        v.put(
                "title",
                "ICE detainers, October 2007 to July 2015 (FOIA 15-87693): "
                        + e.title()
                        + " ("
                        + e.file()
                        + ")");
        v.put("published_on", LocalDate.of(2016, 12, 6));
        v.put("published_on_precision", "day");
        v.put(
                "url",
                "https://github.com/" + repository + "/blob/" + commit + "/export/" + e.file());
        v.put("kind", "news");
        v.put("author", null);
        v.put(
                "note",
                "Counts of ICE's detainer records released to NPR under FOIA request 15-87693 "
                        + "(workbooks 'rif-FOIA 15-87693 _07262015_LESA-STU_FINAL', about 1.81 million detainers, "
                        + "October 2007 to July 2015), made by NPR with SQL over the records and exported to this file; "
                        + "years and months are calendar periods of the date ICE prepared the detainer. "
                        + "NPR's cleaning script (clean.py) gives a row without a prepare date the date of the row before it. "
                        + "Published on is the date of the commit that holds the file. "
                        + "The repository states no licence; the counts are facts from records of the U.S. federal government.");
        v.put("copy_repository", repository);
        v.put("copy_commit", commit);
        v.put("copy_path", "export/" + e.file());
        v.put(
                "license",
                "No licence stated by the repository; the underlying records are works of the U.S. federal government (17 U.S.C. 105)");
        return v;
    }

    /**
     * How a count's note says that its facility was linked by {@link
     * FacilityNames.Rule#abbreviations}.
     */
    static final String ABBREVIATIONS_NOTE =
            "facility_id: ICE's name here and the facility list's are the same once abbreviations are written out (CO = COUNTY, CTR = CENTER, DET = DETENTION, ...; rule 'abbreviations' of docs/data.md)";

    /** The facility names of the counts that link to no facility, for a person to review. */
    static final String UNMATCHED = "counts-unmatched-facilities.csv";

    /** An unmatched name: what the rules found, its rows and its declines. */
    private record Unmatched(FacilityNames.Match match, long[] rowsAndDeclines) {}

    private static void writeUnmatched(
            Path path, Map<List<String>, Unmatched> unmatched, FacilityNames facilities)
            throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<List<String>, Unmatched> e : unmatched.entrySet()) {
            String name = e.getKey().get(0);
            String state = e.getKey().get(2);
            FacilityNames.Match m = e.getValue().match();
            FacilityNames.Candidate c = facilities.closest(name, state);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("facility_name", name);
            v.put("facility_city", e.getKey().get(1));
            v.put("facility_state", state);
            v.put("count_rows", e.getValue().rowsAndDeclines()[0]);
            v.put("declined", e.getValue().rowsAndDeclines()[1]);
            v.put(
                    "reason",
                    !m.ambiguous().isEmpty()
                            ? "rule '"
                                    + m.rule()
                                    + "' finds "
                                    + m.ambiguous().size()
                                    + " facilities of the state ("
                                    + String.join(", ", m.ambiguous())
                                    + "): none linked"
                            : state == null
                                    ? "the count gives no state"
                                    : "no facility of the state has this name by any rule");
            v.put("closest_facility_id", c == null ? null : c.id());
            v.put("closest_name", c == null ? null : c.name());
            v.put("closest_state", c == null ? null : c.state());
            v.put(
                    "closest_similarity",
                    c == null ? null : String.format(Locale.ROOT, "%.2f", c.similarity()));
            rows.add(v);
        }
        CuratedCsv.write(path, UNMATCHED_COLUMNS, rows);
    }

    static final List<String> UNMATCHED_COLUMNS =
            List.of(
                    "facility_name",
                    "facility_city",
                    "facility_state",
                    "count_rows",
                    "declined",
                    "reason",
                    "closest_facility_id",
                    "closest_name",
                    "closest_state",
                    "closest_similarity");

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private IceFoiaCounts() {}
}
