package org.opendetainers.ingest;

import org.opendetainers.domain.vocabulary.DatePrecision;

import java.time.LocalDate;

/** A date and how much of it is known; {@code date} is null exactly when precision is unknown. */
public record PreciseDate(LocalDate date, DatePrecision precision) {
}
