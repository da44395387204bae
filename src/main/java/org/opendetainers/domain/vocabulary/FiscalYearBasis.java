package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which year a figure's period follows: calendar; federal fiscal year (October-September, used by
 * ICE); city fiscal year (July-June, used by NYC agencies); unspecified (the source says fiscal
 * year without saying which). Constants are spelled as published.
 */
@Schema(
        description =
                "Which year a figure's period follows: calendar; federal fiscal year (October-September, used by ICE); city fiscal year (July-June, used by NYC agencies); unspecified (the source says fiscal year without saying which).")
public enum FiscalYearBasis {
    calendar,
    federal,
    city,
    unspecified;
}
