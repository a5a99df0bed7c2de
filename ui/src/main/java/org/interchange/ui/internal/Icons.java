package org.interchange.ui.internal;

import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons, sized by CSS (in em, so they scale with the font on HiDPI screens). */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("ix-icon");
        return icon;
    }

    /** Inbox, send, trash... for the well-known folders; the kind's icon otherwise. */
    public static Ikon folder(CachedFolder folder) {
        return switch (folder.kind()) {
            case CALENDAR -> Feather.CALENDAR;
            case CONTACTS -> Feather.USERS;
            case TASKS -> Feather.CHECK_SQUARE;
            case NOTES -> Feather.FILE_TEXT;
            case MAIL -> mailFolder(folder);
        };
    }

    private static Ikon mailFolder(CachedFolder folder) {
        String name = folder.displayName().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "inbox" -> Feather.INBOX;
            case "drafts" -> Feather.EDIT_3;
            case "sent items", "sent", "sent mail", "sent messages" -> Feather.SEND;
            case "deleted items", "trash", "deleted", "deleted messages" -> Feather.TRASH_2;
            case "archive", "archives" -> Feather.ARCHIVE;
            case "junk email", "junk e-mail", "junk", "spam" -> Feather.SLASH;
            case "outbox" -> Feather.UPLOAD;
            default -> Feather.FOLDER;
        };
    }

    public static Ikon kind(FolderKind kind) {
        return switch (kind) {
            case MAIL -> Feather.MAIL;
            case CALENDAR -> Feather.CALENDAR;
            case CONTACTS -> Feather.USERS;
            case TASKS -> Feather.CHECK_SQUARE;
            case NOTES -> Feather.FILE_TEXT;
        };
    }
}
