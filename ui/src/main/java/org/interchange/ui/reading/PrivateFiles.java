package org.interchange.ui.reading;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary copies of attachments for opening them in another program: each in a new directory that
 * only the user may enter (rwx------), the file itself rw------- (on POSIX file systems; elsewhere the
 * user's temporary directory is already private), both removed when the program exits.
 */
final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** A new file named {@code name} holding {@code content}. */
    static Path write(String name, byte[] content) throws IOException {
        Path dir = POSIX ? Files.createTempDirectory("interchange-", attribute("rwx------"))
                : Files.createTempDirectory("interchange-");
        dir.toFile().deleteOnExit();
        Path file = dir.resolve(name);
        if (POSIX) {
            Files.createFile(file, attribute("rw-------"));
        } else {
            Files.createFile(file);
        }
        file.toFile().deleteOnExit();
        Files.write(file, content);
        return file;
    }

    private static FileAttribute<?> attribute(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
