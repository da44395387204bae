package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a facility's county (FIPS) was found; tools.FacilityLists applies each method and keeps a
 * county only where every method that gives one gives the same. Constants are spelled as published.
 */
@Schema(
        description =
                "coordinates: the facility's coordinates lie inside the county's boundary (Census Bureau's cartographic boundaries of 2017, source us-atlas-3-0-1-counties); list_county: the county named by a facility list (facility-list-uwchr-facilities) is, letters and digits, the name of exactly one county of the facility's state; facility_name: the facility's name says '<name> COUNTY' (CO, CNTY; PARISH in Louisiana, BOROUGH in Alaska) and <name> is, letters and digits, the name of exactly one county of the facility's state.")
public enum CountyMethod {
    coordinates,
    list_county,
    facility_name;
}
