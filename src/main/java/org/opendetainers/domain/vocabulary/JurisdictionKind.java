package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of jurisdiction. Constants are spelled as published. */
@Schema(description = "Kinds of jurisdiction.")
public enum JurisdictionKind {
    city,
    county,
    state,
    country;
}
