package org.opendetainers.domain.vocabulary;

/** Kinds of agency. Constants are spelled as published. */
public enum AgencyKind {
    police,
    corrections,
    probation,
    sheriff,
    executive,
    legislature,
    city_government,
    federal_immigration;
}
