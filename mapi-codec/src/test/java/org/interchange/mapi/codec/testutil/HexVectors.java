package org.interchange.mapi.codec.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the hex test vectors of ../shared/vectors (see its README) for codec tests. */
public final class HexVectors {
    private HexVectors() {
    }

    /** The vectors directory, found by walking up from the working directory. */
    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/vectors not found above " + Path.of("").toAbsolutePath());
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    /** A dump of lines "OFFSET: hh hh ...": the bytes after each colon, offsets checked. */
    public static byte[] dump(String relative) {
        StringBuilder hex = new StringBuilder();
        int expected = 0;
        for (String line : lines(relative)) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            int offset = Integer.parseInt(line.substring(0, colon).trim(), 16);
            if (offset != expected) {
                throw new IllegalStateException(relative + ": offset " + line.substring(0, colon) + " out of order");
            }
            String bytes = line.substring(colon + 1).replaceAll("\\s+", "");
            hex.append(bytes);
            expected += bytes.length() / 2;
        }
        return hex(hex.toString());
    }

    /** Lines "key=value" (comments starting with # skipped). */
    public static Map<String, String> keyValues(String relative) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines(relative)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            map.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return map;
    }

    /** Lines "name | hex | ..." (comments skipped): name to bytes. */
    public static Map<String, byte[]> table(String relative) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (String line : lines(relative)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|");
            map.put(fields[0].trim(), hex(fields[1]));
        }
        return map;
    }

    private static List<String> lines(String relative) {
        try {
            return Files.readAllLines(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
