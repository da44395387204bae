package org.opendetainers.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.opendetainers.problem.ApiProblem;

/**
 * The places of a release as the map page shows them: each state or county with what was in force
 * there on a date, and the span of dates the data covers.
 */
@ApplicationScoped
public class PlaceAreas {

    /** The first and last dates the map offers. */
    public record Span(LocalDate min, LocalDate max) {}

    Span span(Pages.Read read) {
        return new Span(LocalDate.of(2003, 1, 1), LocalDate.of(2026, 1, 1));
    }

    PlacePages.PlaceModel place(Pages.Read read, String id) {
        throw ApiProblem.notFound("no place '" + id + "' in release " + read.release().id());
    }

    List<MapPage.Area> areas(Pages.Read read, String kind, LocalDate on) {
        return List.of();
    }
}
