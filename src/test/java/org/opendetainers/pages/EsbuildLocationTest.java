package org.opendetainers.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mvnpm.esbuild.Bundler;
import io.mvnpm.esbuild.resolve.Resolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web bundler's esbuild comes from the clone's own temporary directory, never from a program
 * another user put at the shared path. The library (io.mvnpm esbuild-java, under
 * quarkus-web-bundler) runs {@code java.io.tmpdir/esbuild-VERSION/package/bin/esbuild} if that file
 * is executable, whoever owns it, and unpacks its bundled copy there otherwise; every JVM of the
 * build gets the clone's {@code .mvn/tmp} (mode {@code rwx------}) as {@code java.io.tmpdir}:
 * Maven's own, where the packaging build runs ({@code .mvn/maven.config}), surefire's and dev
 * mode's (pom.xml).
 */
@Tag("unit")
class EsbuildLocationTest {

    private static final String VERSION = Bundler.ESBUILD_EMBEDDED_VERSION;

    @Test
    void aProgramPlantedAtTheSharedPathIsNotTheOneTheBuildRuns(@TempDir Path shared)
            throws Exception {
        // "another user" puts a program where the library looks in a shared temporary directory
        Path planted = shared.resolve("esbuild-" + VERSION + "/package/bin/esbuild");
        Files.createDirectories(planted.getParent());
        Files.writeString(planted, "#!/bin/sh\necho planted\n");
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxr-xr-x"));

        String tmpdir = System.getProperty("java.io.tmpdir");
        try {
            System.setProperty("java.io.tmpdir", shared.toString());
            assertEquals(
                    planted,
                    Resolver.create().resolve(VERSION),
                    "the library runs what it finds at its path");
        } finally {
            System.setProperty("java.io.tmpdir", tmpdir);
        }

        Path used = Resolver.create().resolve(VERSION);
        assertNotEquals(planted, used);
        assertTrue(used.startsWith(privateTmp()), used + " is not under the clone's .mvn/tmp");
        // the clone itself may sit under /tmp (a CI clone): what matters is that the folder is the
        // user's own and closed to others
        assertEquals(
                System.getProperty("user.name"),
                Files.getOwner(privateTmp(), LinkOption.NOFOLLOW_LINKS).getName());
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(privateTmp(), LinkOption.NOFOLLOW_LINKS)));
        assertEquals(VERSION, run(used, "--version").strip(), "the library's own esbuild");
    }

    @Test
    void theBuildsTemporaryDirectoryIsTheClonesAndTheUsersAlone() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        assertEquals(privateTmp(), tmp, "surefire's argLine sets java.io.tmpdir");
        assertEquals(
                System.getProperty("user.name"),
                Files.getOwner(tmp, LinkOption.NOFOLLOW_LINKS).getName());
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(tmp, LinkOption.NOFOLLOW_LINKS)));
        // Maven's JVM (the packaging build) from .mvn/maven.config, dev mode's JVM from the Quarkus
        // plugin
        assertTrue(
                Files.readString(Path.of(".mvn/maven.config"))
                        .contains("-Djava.io.tmpdir=${maven.multiModuleProjectDirectory}/.mvn/tmp"),
                ".mvn/maven.config");
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>quarkus-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        assertTrue(
                plugin.contains("<java.io.tmpdir>${private.tmpdir}</java.io.tmpdir>"),
                "quarkus-maven-plugin's systemProperties");
        assertTrue(
                pom.contains("<private.tmpdir>${project.basedir}/.mvn/tmp</private.tmpdir>"), pom);
    }

    private static Path privateTmp() {
        return Path.of(".mvn", "tmp").toAbsolutePath();
    }

    private static String run(Path program, String argument) throws Exception {
        Process p =
                new ProcessBuilder(program.toString(), argument).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
