package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of agency. Constants are spelled as published. */
@Schema(description = "Kinds of agency.")
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
