package org.interchange.benchmarks.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * The byte vectors of ../shared/vectors (see its README) that the codec benchmarks feed on. The
 * directory is the system property {@code vectors.dir}, else ../shared/vectors or
 * ../../shared/vectors relative to the working directory.
 */
final class Vectors {
    private Vectors() {
    }

    static Path dir() {
        String configured = System.getProperty("vectors.dir");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/vectors"), Path.of("../../shared/vectors"), Path.of("/work/shared/vectors"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException(
                "no vectors directory among " + candidates + "; set -Dvectors.dir"));
    }

    /** A hex dump of the form "0000: c7 01 0d ..." as bytes. */
    static byte[] hexDump(String relative) {
        try {
            StringBuilder hex = new StringBuilder();
            for (String line : Files.readAllLines(dir().resolve(relative))) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    hex.append(line.substring(colon + 1).replace(" ", ""));
                }
            }
            return HexFormat.of().parseHex(hex.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a "name=hex" line of a text vector file. */
    static byte[] namedHex(String relative, String name) {
        try {
            return Files.readAllLines(dir().resolve(relative)).stream().filter(l -> l.startsWith(name + "="))
                    .map(l -> HexFormat.of().parseHex(l.substring(name.length() + 1).trim())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(name + " not in " + relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two Outlook 2007 ROP request buffers (openchange captures, decompressed). */
    static List<byte[]> outlookRequestBuffers() {
        return List.of(hexDump("openchange/001_Outlook_2007_in_ModifyRecipients_rgbIn_decompressed.hex"),
                hexDump("openchange/002_Outlook_2007_in_Tables_operations_rgbIn_decompressed.hex"));
    }
}
