package org.interchange.mapi.codec.rpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Test helper: reads the hex dumps of ../shared/vectors ("0000: 00 11 22 ..." lines). */
public final class HexDumps {
    private HexDumps() {
    }

    /** The shared vectors directory, found by walking up from the working directory. */
    public static Path vectors() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/vectors not found above " + Path.of("").toAbsolutePath());
    }

    public static byte[] read(String relativePath) {
        try {
            return parse(Files.readString(vectors().resolve(relativePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses lines of an optional "offset:" prefix followed by space-separated hex byte pairs. */
    public static byte[] parse(String dump) {
        StringBuilder hex = new StringBuilder();
        for (String line : dump.split("\\R")) {
            String body = line.contains(":") ? line.substring(line.indexOf(':') + 1) : line;
            hex.append(body.replaceAll("\\s+", ""));
        }
        return HexFormat.of().parseHex(hex);
    }
}
