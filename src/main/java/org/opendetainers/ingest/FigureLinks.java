package org.opendetainers.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendetainers.ingest.CuratedData.FigureRecord;

/**
 * Links the figures that count the same thing (measure, jurisdiction, agency and period) from
 * different sources, so that conflicting official counts are shown side by side: each figure gets
 * the ids of the others, whether their values agree or not.
 */
final class FigureLinks {

    private FigureLinks() {}

    static List<FigureRecord> link(List<FigureRecord> figures) {
        Map<List<Object>, List<FigureRecord>> byCount = new LinkedHashMap<>();
        for (FigureRecord f : figures) {
            byCount.computeIfAbsent(f.countKey(), k -> new ArrayList<>()).add(f);
        }
        List<FigureRecord> linked = new ArrayList<>(figures.size());
        for (FigureRecord f : figures) {
            List<String> others =
                    byCount.get(f.countKey()).stream()
                            .filter(o -> !o.sourceId().equals(f.sourceId()))
                            .map(FigureRecord::id)
                            .sorted()
                            .toList();
            linked.add(f.withOtherSourceFigureIds(others));
        }
        return linked;
    }
}
