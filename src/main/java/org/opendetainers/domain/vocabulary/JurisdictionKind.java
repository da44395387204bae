package org.opendetainers.domain.vocabulary;

/** Kinds of jurisdiction. Constants are spelled as published. */
public enum JurisdictionKind {
    city,
    county,
    state,
    country;
}
