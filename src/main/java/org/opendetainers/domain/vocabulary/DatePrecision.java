package org.opendetainers.domain.vocabulary;

/** How much of a date is known: the stored date is the first day of the known period (month: the 1st; year: 1 January); unknown: no date. Constants are spelled as published. */
public enum DatePrecision {
    day,
    month,
    year,
    unknown;
}
