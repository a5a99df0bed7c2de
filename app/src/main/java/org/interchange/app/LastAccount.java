package org.interchange.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Remembers which profile the last set-up account lives in, so a plain start opens it (no credentials kept). */
final class LastAccount {
    private final Path file;

    LastAccount(Path profilesRoot) {
        this.file = profilesRoot.resolve("last-profile");
    }

    Optional<Path> profile() {
        try {
            Path path = Path.of(Files.readString(file, StandardCharsets.UTF_8).strip());
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    void remember(Path profile) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, profile.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.getLogger("interchange").log(System.Logger.Level.WARNING, "cannot remember the profile: " + e);
        }
    }
}
