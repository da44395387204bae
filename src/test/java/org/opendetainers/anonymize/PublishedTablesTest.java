package org.opendetainers.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sentence that describes the published tables (in the OpenAPI document) is written from the
 * table set.
 */
@Tag("unit")
class PublishedTablesTest {

    @Test
    void theDescriptionIsTheTableSet() {
        assertEquals(
                "The published tables: the total at every granularity; each dimension alone at fiscal_year; "
                        + "the pairs agency × outcome, facility × outcome, aor × outcome, state × outcome, gender × outcome, "
                        + "age_band × outcome, citizenship_country × outcome, detainer_type × outcome, criminality × outcome, "
                        + "agency × criminality, aor × criminality, state × criminality, gender × age_band at fiscal_year.",
                PublishedTables.describe());
    }
}
