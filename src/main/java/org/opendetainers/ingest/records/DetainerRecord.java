package org.opendetainers.ingest.records;

import java.time.LocalDate;

/**
 * One detainer after normalization: only coarse, categorical values; no identifier, no exact
 * birth date. This is what is staged (with a hash of the identifier, for de-duplication).
 */
public record DetainerRecord(
        LocalDate preparedOn,
        String agency,
        String facility,
        String aor,
        String state,
        String gender,
        String ageBand,
        String citizenshipCountry,
        String detainerType,
        String criminality,
        String outcome) {
}
