package org.interchange.benchmarks.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The corpus as a Maildir++ tree (one hidden ".Name" directory per folder, each with cur, new and tmp)
 * for Dovecot to serve; a read message carries the "S" flag in its file name ("Maildir" info ":2,S").
 */
final class MaildirExport {
    private final Path root;

    MaildirExport(Path root) {
        this.root = root;
        try {
            for (String dir : new String[] {"cur", "new", "tmp"}) {
                Files.createDirectories(root.resolve(dir));
                for (String folder : Corpus.FOLDERS) {
                    Files.createDirectories(folderDir(folder).resolve(dir));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folderDir(String folder) {
        return root.resolve("." + folder.replace(' ', '_'));
    }

    /** Writes one message; returns its file. */
    Path add(Corpus.Message m) {
        Path file = folderDir(Corpus.FOLDERS.get(m.folder())).resolve("cur")
                .resolve(baseName(m.index()) + (m.read() ? ":2,S" : ":2,"));
        try {
            Files.write(file, m.mime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The file of message {@code index} in {@code folder}, whatever its flags. */
    Path find(int folder, int index) {
        try (Stream<Path> files = Files.list(folderDir(Corpus.FOLDERS.get(folder)).resolve("cur"))) {
            String prefix = baseName(index) + ":";
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("message " + index + " not in the Maildir"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Toggles the seen flag of a message file (a rename, as a mail client does). */
    void toggleSeen(Path file) {
        String name = file.getFileName().toString();
        String renamed = name.endsWith(",S") ? name.substring(0, name.length() - 1) : name + "S";
        try {
            Files.move(file, file.resolveSibling(renamed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(int index) {
        return "1700000000." + index + ".bench";
    }
}
