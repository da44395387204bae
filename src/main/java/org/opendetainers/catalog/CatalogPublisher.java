package org.opendetainers.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.opendetainers.config.CatalogConfig;
import org.opendetainers.representation.HowToCite;
import org.opendetainers.representation.TableWriter;

/**
 * Writes the open-data files of a release, inside the transaction that publishes it: for each data
 * set (the curated tables, each published detainer-stats table, the disclosure report) its rows as
 * CSV, JSON and gzipped CSV, streamed into {@code dataset_chunk} with their sizes and SHA-256, and
 * its Table Schema. Rows are the API's own representations, in the API's order, so a download holds
 * exactly what paging through the API returns.
 */
@ApplicationScoped
public class CatalogPublisher {

    private static final Logger LOG = Logger.getLogger(CatalogPublisher.class);

    /** The description of every detainer-stats data set (the data dictionary repeats it). */
    static final String STATS_DESCRIPTION = StatsDatasets.STATS_DESCRIPTION;

    private final SessionFactory sessions;
    private final ObjectMapper json;
    private final TableWriter tables;
    private final HowToCite cite;
    private final int chunkSize;

    public CatalogPublisher(
            SessionFactory sessions,
            ObjectMapper json,
            TableWriter tables,
            HowToCite cite,
            CatalogConfig config) {
        this.chunkSize = config.chunkSize();
        this.sessions = sessions;
        this.json = json;
        this.tables = tables;
        this.cite = cite;
    }

    /** What the published data sets of a release are, in catalog order. */
    public record Published(List<String> datasets, long bytes) {}

    /**
     * Writes every data set of {@code releaseId} through {@code c}, in catalog order: the curated
     * data sets, a data set per statistics table, and the disclosure report; the caller commits.
     */
    public Published publish(Connection c, String releaseId) throws SQLException, IOException {
        long t0 = System.nanoTime();
        DatasetStore store = new DatasetStore(c, releaseId, json);
        new CuratedDatasets(store, sessions, tables, json, cite, chunkSize).write();
        long tCurated = System.nanoTime();
        List<StatsDatasets.StatTableRow> statTables = StatsDatasets.tables(c, releaseId);
        StatsDatasets stats = new StatsDatasets(store, tables, json, chunkSize);
        stats.write(statTables);
        if (!statTables.isEmpty()) {
            stats.disclosure();
        }
        store.complete();
        LOG.infof(
                "release %s: %d data sets, %d bytes of files, in %d ms (curated tables %d ms)",
                releaseId,
                store.names().size(),
                store.bytes(),
                (System.nanoTime() - t0) / 1_000_000,
                (tCurated - t0) / 1_000_000);
        return new Published(store.names(), store.bytes());
    }
}
