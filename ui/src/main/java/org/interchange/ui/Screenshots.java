package org.interchange.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.interchange.ui.internal.PngEncoder;

/** Writes what a node or scene shows to a PNG file, e.g. for docs/screenshots; callable from any thread. */
public final class Screenshots {
    private Screenshots() {
    }

    public static void write(Node node, Path file) {
        save(onFxThread(() -> node.snapshot(null, null)), file);
    }

    public static void write(Scene scene, Path file) {
        save(onFxThread(() -> scene.snapshot(null)), file);
    }

    private static WritableImage onFxThread(java.util.function.Supplier<WritableImage> snapshot) {
        if (Platform.isFxApplicationThread()) {
            return snapshot.get();
        }
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                image.complete(snapshot.get());
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            return image.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking a snapshot", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
    }

    private static void save(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                PngEncoder.write(width, height, pixels, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
