package org.opendetainers.ingest.records;

import java.time.LocalDate;
import org.opendetainers.anonymize.Dimension;

/**
 * One detainer after normalization: only coarse, categorical values; no identifier, no exact birth
 * date. This is what is counted into the published cells; it is never stored.
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
        String outcome)
        implements Dimension.Values {}
