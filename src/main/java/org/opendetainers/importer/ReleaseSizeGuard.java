package org.opendetainers.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Refuses a release that would publish far fewer records than the current one: a nightly import
 * must never replace the statistics with an empty or shrunken release because an input folder was
 * emptied, a file went missing or a workbook was not read. The limit is {@code
 * opendetainers.import.max-drop-share} (default 0.5: more than half of the records gone); an
 * operator who knows the drop is real allows it for one run ({@code import --allow-shrink}, or
 * {@code POST /admin/imports?allow_shrink=true}).
 */
public final class ReleaseSizeGuard {

    private ReleaseSizeGuard() {}

    /**
     * The records counted in a release's detainer statistics (its disclosure report), or null when
     * it says none.
     */
    public static Long recordsOf(Connection c, String releaseId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "select (disclosure->>'records_aggregated')::bigint from release where id = ?")) {
            s.setString(1, releaseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? (Long) rs.getObject(1, Long.class) : null;
            }
        }
    }

    /**
     * Why a release of {@code records} records may not replace one of {@code previous} records, or
     * null: when more than {@code maxDropShare} of the previous records would be gone.
     */
    public static String rejection(
            Long previous, String previousId, long records, double maxDropShare, boolean allowed) {
        if (allowed || previous == null || previous == 0 || records >= previous) {
            return null;
        }
        double drop = (previous - records) / (double) previous;
        if (drop <= maxDropShare) {
            return null;
        }
        return String.format(
                Locale.ROOT,
                "the release would count %d records, %.1f %% fewer than the %d of the current release %s, "
                        + "more than the %.1f %% allowed (opendetainers.import.max-drop-share); if the drop is real, allow it for one run "
                        + "with 'import --allow-shrink' or POST /admin/imports?allow_shrink=true",
                records,
                100 * drop,
                previous,
                previousId,
                100 * maxDropShare);
    }
}
