package org.opendetainers.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.ingest.CuratedData.CountRecord;

/**
 * Cross-checks of counts.csv at load: the series of one release must agree with each other. The
 * monthly counts of a year sum to that year's total; the lift reasons of a year sum to the lifted
 * detainers of the year, which are not more than all of them; the detainer types of a period sum to
 * the monthly counts of that period; the declines by facility of a year are not more than the
 * declines of the year (rows without a facility account for the difference, which each year's note
 * records where it is not zero).
 */
final class CountChecks {

    static void check(
            List<CountRecord> counts, ToLongFunction<String> lineOf, ImportProblems problems) {
        List<CountRecord> months = series(counts, CountSeries.detainers_by_month);
        Map<Integer, CountRecord> years = byYear(series(counts, CountSeries.detainers_by_year));
        Map<Integer, CountRecord> lifted = byYear(series(counts, CountSeries.lifted_by_year));
        for (CountRecord year : years.values()) {
            long sum = sumWithin(months, year.periodStart(), year.periodEnd());
            if (!months.isEmpty() && sum != year.value()) {
                problems.add(
                        CuratedDataReader.COUNTS,
                        lineOf.applyAsLong(year.id()),
                        "value",
                        "the monthly counts of "
                                + year.periodStart()
                                + " to "
                                + year.periodEnd()
                                + " sum to "
                                + sum
                                + ", this yearly total says "
                                + year.value());
            }
        }
        Map<Integer, Long> reasons =
                sumByYear(series(counts, CountSeries.lifted_by_reason_and_year));
        for (CountRecord year : lifted.values()) {
            int y = year.periodStart().getYear();
            Long sum = reasons.get(y);
            if (sum != null && sum != year.value()) {
                problems.add(
                        CuratedDataReader.COUNTS,
                        lineOf.applyAsLong(year.id()),
                        "value",
                        "the lift reasons of "
                                + y
                                + " sum to "
                                + sum
                                + ", the lifted detainers of the year are "
                                + year.value());
            }
            CountRecord all = years.get(y);
            if (all != null && year.value() > all.value()) {
                problems.add(
                        CuratedDataReader.COUNTS,
                        lineOf.applyAsLong(year.id()),
                        "value",
                        "more detainers lifted in "
                                + y
                                + " ("
                                + year.value()
                                + ") than detainers ("
                                + all.value()
                                + ")");
            }
        }
        Map<String, List<CountRecord>> typesByPeriod = new TreeMap<>();
        for (CountRecord t : series(counts, CountSeries.detainers_by_type_and_year)) {
            typesByPeriod
                    .computeIfAbsent(t.periodStart() + "/" + t.periodEnd(), k -> new ArrayList<>())
                    .add(t);
        }
        for (List<CountRecord> types : typesByPeriod.values()) {
            CountRecord first = types.get(0);
            long sum = types.stream().mapToLong(CountRecord::value).sum();
            long monthly = sumWithin(months, first.periodStart(), first.periodEnd());
            if (!months.isEmpty() && sum != monthly) {
                problems.add(
                        CuratedDataReader.COUNTS,
                        lineOf.applyAsLong(first.id()),
                        "value",
                        "the detainer types of "
                                + first.periodStart()
                                + " to "
                                + first.periodEnd()
                                + " sum to "
                                + sum
                                + ", the monthly counts of that period to "
                                + monthly);
            }
        }
        Map<Integer, Long> declinedByFacility =
                sumByYear(series(counts, CountSeries.declined_by_facility_and_year));
        for (CountRecord reason : series(counts, CountSeries.lifted_by_reason_and_year)) {
            Long sum = declinedByFacility.get(reason.periodStart().getYear());
            if (CountSeries.DECLINED_BY_LEA.equals(reason.category())
                    && sum != null
                    && sum > reason.value()) {
                problems.add(
                        CuratedDataReader.COUNTS,
                        lineOf.applyAsLong(reason.id()),
                        "value",
                        "the declines by facility of "
                                + reason.periodStart().getYear()
                                + " sum to "
                                + sum
                                + ", more than the year's "
                                + reason.value());
            }
        }
    }

    private static List<CountRecord> series(List<CountRecord> counts, CountSeries s) {
        return counts.stream().filter(c -> c.series() == s).toList();
    }

    private static Map<Integer, CountRecord> byYear(List<CountRecord> rows) {
        Map<Integer, CountRecord> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.periodStart().getYear(), r));
        return out;
    }

    private static Map<Integer, Long> sumByYear(List<CountRecord> rows) {
        Map<Integer, Long> out = new TreeMap<>();
        rows.forEach(r -> out.merge(r.periodStart().getYear(), r.value(), Long::sum));
        return out;
    }

    private static long sumWithin(List<CountRecord> rows, LocalDate start, LocalDate end) {
        return rows.stream()
                .filter(r -> !r.periodStart().isBefore(start) && !r.periodEnd().isAfter(end))
                .mapToLong(CountRecord::value)
                .sum();
    }

    private CountChecks() {}
}
