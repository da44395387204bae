package org.opendetainers.domain.vocabulary;

/** Units of a measure. Constants are spelled as published. */
public enum MeasureUnit {
    count,
    count_per_month;
}
