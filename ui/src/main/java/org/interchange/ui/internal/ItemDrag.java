package org.interchange.ui.internal;

import java.util.Optional;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/** An item dragged from a list to a folder: its cache id and the folder it comes from, on the dragboard. */
public final class ItemDrag {
    static final DataFormat FORMAT = new DataFormat("application/x-interchange-item");

    private ItemDrag() {
    }

    /** What a dropped item is. */
    public record Dragged(long itemId, long folderId) {
    }

    public static ClipboardContent content(long itemId, long folderId, String subject) {
        ClipboardContent content = new ClipboardContent();
        content.put(FORMAT, itemId + ":" + folderId);
        content.putString(subject == null ? "" : subject);
        return content;
    }

    public static Optional<Dragged> of(Dragboard board) {
        if (!board.hasContent(FORMAT)) {
            return Optional.empty();
        }
        String[] parts = String.valueOf(board.getContent(FORMAT)).split(":");
        try {
            return Optional.of(new Dragged(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
