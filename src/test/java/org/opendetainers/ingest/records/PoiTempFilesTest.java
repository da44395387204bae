package org.opendetainers.ingest.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendetainers.tools.SyntheticWorkbookWriter;

/**
 * Apache POI's temporary files go to a directory of this process's own (mode {@code rwx------}),
 * not to the {@code poifiles} folder of the shared temporary directory that the first user to run
 * POI owns and every other user then cannot write to.
 */
@Tag("unit")
class PoiTempFilesTest {

    @Test
    void poiWritesIntoADirectoryOfThisProcessOnly() throws Exception {
        Path shared = Path.of(System.getProperty(TempFile.JAVA_IO_TMPDIR), "poifiles");
        Path dir = PoiTempFiles.usePrivateDirectory();
        assertEquals(dir, PoiTempFiles.whereTempFilesGo());
        assertNotEquals(shared, dir);
        assertEquals(
                System.getProperty("user.name"),
                Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName());
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)));
        assertTrue(dir.getFileName().toString().startsWith("opendetainers-poi-"), dir.toString());
        assertEquals(dir, PoiTempFiles.usePrivateDirectory(), "one directory per process");
    }

    @Test
    void readingAWorkbookOrWritingOneUsesIt(@TempDir Path tmp) throws Exception {
        Path shared = Path.of(System.getProperty(TempFile.JAVA_IO_TMPDIR), "poifiles");
        Path xlsx = tmp.resolve("a.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("unique_id");
            workbook.write(out);
        }
        try {
            // without the reader's call, the next probe would be created in POI's default, the
            // shared poifiles
            PoiTempFiles.resetToPoiDefault();
            try (XlsxExtractSource source = new XlsxExtractSource(xlsx, "a.xlsx")) {
                assertNotEquals(shared, PoiTempFiles.whereTempFilesGo());
            }

            PoiTempFiles.resetToPoiDefault();
            SyntheticWorkbookWriter.write(
                    List.of(List.of("unique_id"), List.of("1")).iterator(),
                    tmp.resolve("b.xlsx"),
                    new SyntheticWorkbookWriter.Options(List.of("unique_id"), 0, 10, false));
            assertNotEquals(shared, PoiTempFiles.whereTempFilesGo());
        } finally {
            PoiTempFiles.usePrivateDirectory();
        }
    }
}
