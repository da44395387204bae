package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of place. Constants are spelled as published. */
@Schema(
        description =
                "Kinds of place: state (a state, DC or a territory; id: the 2-digit state FIPS code), county (a county or county equivalent; id: the 5-digit county FIPS code), city (id: the jurisdiction's id; its counties are listed where known).")
public enum PlaceKind {
    state,
    county,
    city;
}
