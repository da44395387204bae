package org.opendetainers.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.opendetainers.config.ImportConfig;
import org.opendetainers.ingest.ImportProblems;
import org.opendetainers.ingest.Mappings;
import org.opendetainers.ingest.records.RecordStaging;

/**
 * The gates staged records pass before anything is published: no rejected extract file, no
 * dimension with too many values that no mapping knows, not too many bad or duplicate rows.
 */
final class RecordGates {

    private final ImportConfig config;

    RecordGates(ImportConfig config) {
        this.config = config;
    }

    /** Why staged records cannot be published, or null. */
    String rejection(RecordStaging.Staged staged, ImportProblems problems) {
        if (staged.failed()) {
            return "a record file was rejected"
                    + problems.kept().stream()
                            .filter(p -> p.line() == 0 || p.reason().startsWith("missing required"))
                            .findFirst()
                            .or(() -> problems.kept().stream().findFirst())
                            .map(p -> " (" + p + ")")
                            .orElse("");
        }
        String unmapped =
                unmappedRejection(
                        staged.unmapped(),
                        staged.accepted() + staged.duplicates(),
                        config.maxUnmappedShare());
        if (unmapped != null) {
            return unmapped;
        }
        long bad = staged.badRows() + staged.duplicates();
        if (staged.rows() > 0 && bad > config.maxBadShare() * staged.rows()) {
            return String.format(
                    "%d of %d record rows are bad (%.2f %%), more than the %.2f %% allowed (opendetainers.import.max-bad-share)",
                    bad, staged.rows(), 100.0 * bad / staged.rows(), 100 * config.maxBadShare());
        }
        return null;
    }

    /**
     * Why the values without a mapping are too many, or null: per dimension, the records whose
     * value no mapping table knows, as a share of the records mapped, against {@code maxShare}.
     */
    static String unmappedRejection(Map<String, Long> unmapped, long records, double maxShare) {
        if (records == 0) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        for (Map.Entry<String, String> dimension : Mappings.DIMENSIONS.entrySet()) {
            String prefix = dimension.getKey() + ": ";
            Map<String, Long> values = new TreeMap<>();
            unmapped.forEach(
                    (key, n) -> {
                        if (key.startsWith(prefix)) {
                            values.put(key.substring(prefix.length()), n);
                        }
                    });
            long count = values.values().stream().mapToLong(Long::longValue).sum();
            if (count > maxShare * records) {
                StringBuilder r = new StringBuilder();
                r.append(dimension.getKey())
                        .append(": ")
                        .append(count)
                        .append(" of ")
                        .append(records)
                        .append(" records (")
                        .append(String.format(Locale.ROOT, "%.2f", 100.0 * count / records))
                        .append(" %) have a value without a mapping in ")
                        .append(dimension.getValue())
                        .append(": ");
                r.append(
                        String.join(
                                ", ",
                                values.entrySet().stream()
                                        .map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")")
                                        .toList()));
                reasons.add(r.toString());
            }
        }
        if (reasons.isEmpty()) {
            return null;
        }
        return "too many values without a mapping, more than "
                + String.format(Locale.ROOT, "%.2f", 100 * maxShare)
                + " % of the records in a dimension (opendetainers.import.max-unmapped-share); add them to the mapping table or correct the extract. "
                + String.join("; ", reasons);
    }
}
