package org.opendetainers.domain.vocabulary;

/** Which year a figure's period follows: calendar; federal fiscal year (October-September, used by ICE); city fiscal year (July-June, used by NYC agencies); unspecified (the source says fiscal year without saying which). Constants are spelled as published. */
public enum FiscalYearBasis {
    calendar,
    federal,
    city,
    unspecified;
}
