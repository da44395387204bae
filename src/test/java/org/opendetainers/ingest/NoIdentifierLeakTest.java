package org.opendetainers.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.anonymize.Granularity;
import org.opendetainers.anonymize.PublishedTables;
import org.opendetainers.anonymize.StatTable;
import org.opendetainers.importer.ImportReport;
import org.opendetainers.importer.ImportService;
import org.opendetainers.ingest.records.HeaderLayouts;
import org.opendetainers.ingest.records.RecordStaging;
import org.opendetainers.testing.DenseRelease;
import org.opendetainers.testing.SeedRelease;
import org.opendetainers.testing.SourceDirs;
import org.opendetainers.tools.SyntheticWorkbookWriter;

/**
 * No identifier value of the input extracts appears anywhere in the database's published data or in
 * the API.
 */
@QuarkusTest
@ExtendWith(SeedRelease.class)
class NoIdentifierLeakTest {

    @Inject ImportService imports;

    @Inject AgroalDataSource dataSource;

    @TempDir Path dir;

    @Test
    void identifiersNeverLeaveStaging() throws IOException, SQLException {
        SourceDirs.importSeed(imports);
        assertNothingLeaks();
    }

    @Test
    void identifiersOfAWorkbookNeverLeaveStaging() throws IOException, SQLException {
        // the dense fixture's records as ICE delivers them: the identifiers in the workbook's
        // Anonymized Identifier column; its release (the same records from a CSV) is the current
        // one, so that this import is neither a shrunken release nor a revision of the seed's
        DenseRelease.makeCurrent();
        Path records = SourceDirs.copyDense(dir).resolve("records");
        Path csv = dir.resolve(SourceDirs.DENSE_FILE);
        SyntheticWorkbookWriter.write(
                csv,
                records.resolve("synthetic-2026-ICLI-00005_Detainers_FY26_Redacted.xlsx"),
                new SyntheticWorkbookWriter.Options(HeaderLayouts.L2, 6, 1_000, true));
        Files.delete(csv);
        ImportReport report = imports.run(dir, "test");
        assertEquals(ImportReport.Status.published, report.status(), report.summary());
        assertEquals(2, report.records().files().get(0).sheets().size());
        assertNothingLeaks();
    }

    private void assertNothingLeaks() throws IOException, SQLException {
        Set<String> identifiers = identifiers();
        assertTrue(identifiers.size() > 10_000, "the sample's identifiers: " + identifiers.size());

        // every row of every table outside staging, as text
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs =
                    s.executeQuery(
                            "select table_name from information_schema.tables where table_schema = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(
                    tables.containsAll(
                            List.of("detainer_stat", "release", "import_run", "stat_table")),
                    tables.toString());
            for (String table : tables) {
                // every column but the bytes of the download files (dataset_chunk.bytes): as text
                // they are one hex token, in which no identifier can be found; those files are
                // read through the API below
                List<String> columns = new ArrayList<>();
                try (ResultSet rs =
                        s.executeQuery(
                                "select column_name from information_schema.columns where"
                                        + " table_schema = 'public' and table_name = '"
                                        + table
                                        + "' and data_type <> 'bytea' order by ordinal_position")) {
                    while (rs.next()) {
                        columns.add('"' + rs.getString(1) + '"');
                    }
                }
                assertTrue(!columns.isEmpty(), table);
                try (ResultSet rs =
                        s.executeQuery(
                                "select row("
                                        + String.join(", ", columns)
                                        + ")::text from "
                                        + table)) {
                    while (rs.next()) {
                        assertNoIdentifier(identifiers, rs.getString(1), table);
                    }
                }
            }
            try (ResultSet rs =
                    s.executeQuery("select count(*) from staging.detainer_identifier")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "staging is emptied by the import that used it");
            }
        }

        // what the API serves
        for (String path :
                List.of(
                        "/v1/figures",
                        "/v1/policies",
                        "/v1/sources",
                        "/v1/releases",
                        "/v1/status",
                        "/v1/jurisdictions",
                        "/v1/agencies",
                        "/v1/measures")) {
            assertNoIdentifier(
                    identifiers,
                    given().queryParam("limit", 1000).when().get(path).asString(),
                    path);
        }
        for (StatTable table : PublishedTables.all()) {
            if (table.granularity() != Granularity.fiscal_year || table.arity() != 1) {
                continue;
            }
            String url =
                    "/v1/detainer-stats?granularity=fiscal_year&format=csv&limit=1000&group_by="
                            + String.join(",", table.dimensions());
            String body =
                    given().urlEncodingEnabled(false)
                            .when()
                            .get(url)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            assertNoIdentifier(identifiers, body, url);
        }
        // every download file (dataset_chunk holds their bytes, which the text scan above cannot
        // read)
        List<String> datasets =
                given().queryParam("limit", 1000)
                        .when()
                        .get("/v1/datasets")
                        .jsonPath()
                        .getList("data.name");
        assertTrue(datasets.size() > PublishedTables.all().size(), datasets.toString());
        for (String name : datasets) {
            for (String extension : List.of("csv", "json")) {
                String path = "/v1/datasets/" + name + "." + extension;
                assertNoIdentifier(
                        identifiers,
                        given().when().get(path).then().statusCode(200).extract().asString(),
                        path);
            }
        }
    }

    /** What separates the tokens of a text, any of which could be an identifier. */
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9-]+");

    private static void assertNoIdentifier(Set<String> identifiers, String text, String where) {
        for (String token : SEPARATORS.split(text)) {
            if (identifiers.contains(token)) {
                throw new AssertionError("identifier " + token + " found in " + where);
            }
        }
    }

    /**
     * Every value of the identifier-like columns of the sample extracts: the seed's and the dense
     * fixture's (whose records repeat the seed's with identifiers of their own).
     */
    private Set<String> identifiers() throws IOException {
        Set<String> ids = new HashSet<>();
        List<Path> files = new ArrayList<>(RecordStaging.files(SourceDirs.SEED));
        Path dense = dir.resolve("dense-identifiers.csv");
        Files.write(dense, SourceDirs.denseExtractLines());
        files.add(dense);
        for (Path file : files) {
            try (InputStream in =
                            file.toString().endsWith(".gz")
                                    ? new GZIPInputStream(Files.newInputStream(file))
                                    : Files.newInputStream(file);
                    MappingIterator<Map<String, String>> rows =
                            new CsvMapper()
                                    .readerFor(Map.class)
                                    .with(CsvSchema.emptySchema().withHeader())
                                    .readValues(in)) {
                while (rows.hasNext()) {
                    Map<String, String> row = rows.next();
                    for (String column : List.of("unique_id", "case_id")) {
                        String v = row.get(column);
                        if (v != null && !v.isBlank()) {
                            ids.add(v.strip());
                        }
                    }
                }
            }
        }
        return ids;
    }
}
