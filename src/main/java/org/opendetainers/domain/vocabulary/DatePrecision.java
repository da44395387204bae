package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How much of a date is known: the stored date is the first day of the known period (month: the
 * 1st; year: 1 January); unknown: no date. Constants are spelled as published.
 */
@Schema(
        description =
                "How much of a date is known: the stored date is the first day of the known period (month: the 1st; year: 1 January); unknown: no date.")
public enum DatePrecision {
    day,
    month,
    year,
    unknown;
}
