package org.interchange.cache.sync;

import java.util.Comparator;
import java.util.List;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.spi.RemoteFolder;

/** The order folders are synced in: the Inbox, other mail folders, then calendars, contacts, tasks, notes. */
final class FolderOrder {

    private static final String INBOX = "Inbox";

    private FolderOrder() {
    }

    static List<RemoteFolder> sort(List<RemoteFolder> folders) {
        return folders.stream().sorted(Comparator.comparingInt(FolderOrder::rank)).toList();
    }

    private static int rank(RemoteFolder folder) {
        if (folder.kind() == FolderKind.MAIL) {
            return INBOX.equalsIgnoreCase(folder.displayName()) ? 0 : 1;
        }
        return 2 + folder.kind().ordinal();
    }
}
