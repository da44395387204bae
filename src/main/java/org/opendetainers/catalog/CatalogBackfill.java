package org.opendetainers.catalog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.opendetainers.db.ImportLock;

/**
 * Writes the open-data files of releases published before the files existed (by an older version of
 * the service), oldest first, each in its own transaction, in the background after start-up. Takes
 * the import's advisory lock, so it never runs beside an import or another replica's backfill.
 */
@ApplicationScoped
public class CatalogBackfill {

    private static final Logger LOG = Logger.getLogger(CatalogBackfill.class);

    private final AgroalDataSource dataSource;
    private final CatalogPublisher publisher;

    public CatalogBackfill(AgroalDataSource dataSource, CatalogPublisher publisher) {
        this.dataSource = dataSource;
        this.publisher = publisher;
    }

    /**
     * Starts the backfill on a thread of its own, off the start-up (and readiness) path: writing
     * the files of a large release takes minutes, which a pod's startup probe would not wait for.
     * Until it is done the missing files are missing, as they were before. Ordering with an import
     * needs no waiting: both take the import lock, and the start-up import only runs on a database
     * without releases, where there is nothing to backfill.
     */
    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (ApplicationLifecycleManager.isAppCDSGeneration()) {
            return; // the start that makes the class archive has no database
        }
        Thread thread = new Thread(this::runLogged, "catalog-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    private void runLogged() {
        try {
            int done = run();
            if (done > 0) {
                LOG.infof("Wrote the open-data files of %d earlier release(s)", done);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.error(
                    "Could not write the open-data files of earlier releases; their downloads are missing",
                    e);
        }
    }

    /** Writes the files of every release that has none; returns how many releases it wrote. */
    public int run() throws SQLException, IOException {
        int done = 0;
        for (String release : missing()) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    if (!ImportLock.tryLock(c)) {
                        c.rollback();
                        LOG.info(
                                "An import or another replica holds the import lock; it writes the missing files");
                        return done;
                    }
                    if (hasFiles(c, release)) {
                        c.rollback();
                        continue;
                    }
                    publisher.publish(c, release);
                    c.commit();
                    done++;
                } catch (SQLException | IOException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        }
        return done;
    }

    private List<String> missing() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "select r.id from release r where not exists "
                                        + "(select 1 from dataset d where d.release_id = r.id) order by r.seq")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static boolean hasFiles(Connection c, String release) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select exists (select 1 from dataset where release_id = ?)")) {
            s.setString(1, release);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
