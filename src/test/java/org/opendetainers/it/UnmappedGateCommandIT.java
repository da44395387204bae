package org.opendetainers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticExtractGenerator;

/**
 * The packaged application's import command exits with code 1 and says why when an extract has too
 * many category values without a mapping; the release published before stays current.
 */
class UnmappedGateCommandIT {

    static ItDatabase db;

    @TempDir static Path work;

    @BeforeAll
    static void database() throws Exception {
        db = ItDatabase.create("unmapped_it_", work);
    }

    @AfterAll
    static void stop() throws IOException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theCommandExitsWith1AndNamesTheDimensionAndTheValues() throws Exception {
        assertTrue(Files.isRegularFile(RunningJar.JAR), "run after packaging: " + RunningJar.JAR);
        Path curated = work.resolve("curated");
        SourceDirs.copySeedCuratedOnly(curated);
        assertEquals(0, run(curated).exitCode(), "first import");
        String first = currentRelease();

        Path source = work.resolve("new-type");
        Path records = SourceDirs.copySeedWithoutRecords(source);
        Path extract = records.resolve("synthetic-new-type.csv");
        SyntheticExtractGenerator.write(extract, 200, 3);
        List<String> lines = new ArrayList<>(Files.readAllLines(extract, StandardCharsets.UTF_8));
        int changed = 0;
        for (int i = 1; i < lines.size() && changed < 10; i++) {
            if (lines.get(i).contains(",I-247A Immigration Detainer - Notice of Action,")) {
                lines.set(
                        i,
                        lines.get(i)
                                .replace(
                                        ",I-247A Immigration Detainer - Notice of Action,",
                                        ",I-247Z Immigration Detainer - Notice of Action,"));
                changed++;
            }
        }
        assertEquals(10, changed);
        Files.write(extract, lines, StandardCharsets.UTF_8);

        RunningJar.Result result = run(source);
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("import rejected"), result.output());
        assertTrue(
                result.output().contains("detainer_type: 10 of 200 records (5.00 %)"),
                result.output());
        assertTrue(
                result.output().contains("'I-247Z Immigration Detainer - Notice of Action' (10)"),
                result.output());
        assertEquals(first, currentRelease(), "the previous release stays current");
    }

    private RunningJar.Result run(Path source) throws IOException, InterruptedException {
        return RunningJar.command(db, work, List.of("import", "--source", source.toString()));
    }

    private static String currentRelease() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select release_id from current_release")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
