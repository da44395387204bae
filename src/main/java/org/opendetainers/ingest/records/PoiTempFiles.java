package org.opendetainers.ingest.records;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Apache POI's temporary files in a directory of this process's own.
 *
 * <p>By default POI writes them into {@code poifiles} directly under the system temporary
 * directory, a folder that the first user to run POI creates and owns: every other user's POI then
 * fails (it cannot write there). Here each process gets a fresh directory of mode {@code rwx------}
 * ({@link Files#createTempDirectory}) that is deleted when the JVM exits, as POI deletes its files.
 * Called before every use of POI in this application ({@link XlsxExtractSource}, the synthetic
 * workbook writer).
 */
public final class PoiTempFiles {

    private static Path directory;

    private PoiTempFiles() {}

    /** Makes POI use this process's own temporary directory (once per JVM); returns it. */
    public static synchronized Path usePrivateDirectory() {
        if (directory == null) {
            try {
                Path dir = Files.createTempDirectory("opendetainers-poi-");
                // registered before POI's files are, so deleted after them at exit
                dir.toFile().deleteOnExit();
                TempFile.setTempFileCreationStrategy(
                        new DefaultTempFileCreationStrategy(dir.toFile()));
                directory = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Could not create a temporary directory for Apache POI", e);
            }
        }
        return directory;
    }

    /**
     * Back to POI's default (for the test that shows the readers install the private directory).
     */
    static synchronized void resetToPoiDefault() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        directory = null;
    }

    /** Where POI now creates a temporary file (for tests). */
    static Path whereTempFilesGo() throws IOException {
        File probe = TempFile.createTempFile("probe", ".tmp");
        try {
            return probe.toPath().getParent();
        } finally {
            Files.deleteIfExists(probe.toPath());
        }
    }
}
