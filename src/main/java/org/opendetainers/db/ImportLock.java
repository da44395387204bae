package org.opendetainers.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The PostgreSQL advisory lock that lets one writer at a time (an import, a catalog backfill)
 * change releases, across all replicas. It is held for the caller's transaction and released when
 * the transaction ends, also when its process dies.
 */
public final class ImportLock {

    private static final String TRY =
            "select pg_try_advisory_xact_lock(hashtext('opendetainers.import'))";

    private ImportLock() {}

    /**
     * Takes the lock for the transaction of {@code c}, or answers false at once when another holds
     * it.
     */
    public static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(TRY);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
