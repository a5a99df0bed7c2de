package org.interchange.mapi.codec.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed corpus of a fuzz target: the files of {@code CodecFuzzTestsInputs/<target>/} in the test resources. */
final class Seeds {
    private Seeds() {
    }

    static List<byte[]> of(String target) {
        URL dir = Seeds.class.getResource("CodecFuzzTestsInputs/" + target);
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.sorted().map(Seeds::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
