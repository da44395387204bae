package org.opendetainers.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendetainers.domain.Figure;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.representation.FigureView;

/** The figures of a release: the query behind {@code /v1/figures} and the figure pages. */
@ApplicationScoped
public class FigureQuery {

    /**
     * The filters of a figure listing (null: any); from/to select the figures whose period overlaps
     * [from, to].
     */
    public record Filter(
            String jurisdiction,
            String agency,
            String measure,
            String sourceId,
            LocalDate from,
            LocalDate to) {}

    /**
     * The figures that match {@code filter}, in the listing's order (period_start, id), after the
     * sort key {@code after} (null: from the first), at most {@code max}.
     */
    public List<FigureView> figures(Reference ref, Filter filter, List<String> after, int max) {
        PublishedRows.Where where =
                new PublishedRows.Where(ref.release().id())
                        .and("jurisdiction = :jurisdiction", "jurisdiction", filter.jurisdiction())
                        .and("agency = :agency", "agency", filter.agency())
                        .and("measure = :measure", "measure", filter.measure())
                        .and("sourceId = :sourceId", "sourceId", filter.sourceId())
                        .and("periodEnd >= :from", "from", filter.from())
                        .and("periodStart <= :to", "to", filter.to());
        if (after != null) {
            where.and(
                    "(periodStart > :afterStart or (periodStart = :afterStart and id > :afterId))",
                    Map.of("afterStart", Keys.date(after.get(0)), "afterId", after.get(1)));
        }
        return Figure.<Figure>find(where.query(), PublishedRows.by(Figure.ORDER), where.params())
                .range(0, max - 1)
                .list()
                .stream()
                .map(f -> FigureView.of(f, ref.citations().figure(f)))
                .toList();
    }

    /** One figure, by id. */
    public Optional<FigureView> figure(Reference ref, String id) {
        Figure figure = Figure.findById(new ReleaseScopedId(ref.release().id(), id));
        return Optional.ofNullable(figure).map(f -> FigureView.of(f, ref.citations().figure(f)));
    }
}
