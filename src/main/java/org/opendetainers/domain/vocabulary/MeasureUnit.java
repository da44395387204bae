package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units of a measure. Constants are spelled as published. */
@Schema(description = "Units of a measure.")
public enum MeasureUnit {
    count,
    count_per_month;
}
