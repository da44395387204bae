package org.opendetainers.testing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opendetainers.importer.ImportService;
import org.opendetainers.release.Releases;

/**
 * Keeps the seed's release current for the tests of a {@code @QuarkusTest} class that publish
 * releases of their own ({@code @ExtendWith(SeedRelease.class)}, after {@code @QuarkusTest}).
 * Before each test the seed's release is current; after each, the current-release pointer is moved
 * back to it, as another replica's import would move it, and this instance reads the pointer again
 * ({@link Releases#refresh()}, what its poll does). The seed is imported once per test database,
 * not once per test: the releases a test published stay in the database, readable by id, as they
 * would in production.
 */
public final class SeedRelease implements BeforeEachCallback, AfterEachCallback {

    /** The seed's release in this JVM's test database, once imported or found. */
    private static volatile String seed;

    /** The seed's release id (imports the seed the first time). */
    public static synchronized String id() {
        String id = seed;
        if (id == null || !exists(id)) {
            SourceDirs.importSeed(Arc.container().instance(ImportService.class).get());
            id = current();
            seed = id;
        }
        return id;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        restore();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restore();
    }

    /** Makes the seed's release current again, if a test moved the pointer. */
    public static void restore() {
        makeCurrent(id());
    }

    /**
     * Moves the current-release pointer to the release {@code id} (if it is not there), as another
     * replica's import would, and has this instance read it again.
     */
    static void makeCurrent(String id) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "update current_release set release_id = ? where release_id <> ?")) {
            s.setString(1, id);
            s.setString(2, id);
            if (s.executeUpdate() == 0) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot move the current-release pointer back to " + id, e);
        }
        Releases releases = Arc.container().instance(Releases.class).get();
        releases.refresh();
    }

    static boolean exists(String id) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from release where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String current() {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select release_id from current_release");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no current release after importing the seed");
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}
