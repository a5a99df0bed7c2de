package org.interchange.app.setup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.interchange.cache.api.SyncScope;

/**
 * How much mail a profile keeps offline, as the set-up wizard chose it ([MS-OXCFXICS] 2.2.3.2.1.1.1
 * the synchronization's restriction): the {@code syncScope} key of {@code sync.properties} in the
 * profile folder. A missing or unreadable file means {@link SyncScope#ALL}.
 */
public final class ProfileSyncScope {
    static final String FILE = "sync.properties";
    static final String KEY = "syncScope";

    private ProfileSyncScope() {
    }

    /** Writes the choice, replacing the file in one step so a crash leaves the old or the new one. */
    public static void save(Path profile, SyncScope scope) throws IOException {
        Files.createDirectories(profile);
        Properties p = new Properties();
        p.setProperty(KEY, scope.name());
        Path temp = Files.createTempFile(profile, FILE, ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "How much mail Interchange keeps offline (ALL, LAST_30_DAYS, LAST_6_MONTHS, LAST_YEAR, HEADERS_ONLY)");
        }
        Files.move(temp, profile.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The profile's choice, or {@link SyncScope#ALL} when none was stored or it cannot be read. */
    public static SyncScope load(Path profile) {
        Path file = profile.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return SyncScope.ALL;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return SyncScope.valueOf(p.getProperty(KEY, SyncScope.ALL.name()).strip());
        } catch (IOException | IllegalArgumentException unreadable) {
            return SyncScope.ALL;
        }
    }
}
