package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;

/**
 * Conversations of mail folders ([MS-OXOMSG] 2.2.1.5) threaded by {@link FolderThreads}: each folder's threads
 * are read once, then kept current with the items each commit changed ({@link ItemChanges}, told by
 * {@link ListPositions} from the change log), so the pages of a threaded list are read from memory, and only their
 * newest messages from the cache.
 */
final class ConversationQueries implements ItemChanges {
    private final Map<Long, FolderThreads> folders = new HashMap<>();
    private final Map<Long, Long> changes = new HashMap<>();

    /** Brings the folder's threads, when they were read, up to date with {@code itemIds}; forgets them for null. */
    @Override
    public void changed(Connection c, long folderId, Set<Long> itemIds) throws SQLException {
        FolderThreads threads;
        synchronized (this) {
            changes.merge(folderId, 1L, Long::sum);
            threads = itemIds == null ? folders.remove(folderId) : folders.get(folderId);
        }
        if (threads != null && itemIds != null) {
            try {
                threads.update(c, itemIds);
            } catch (SQLException | RuntimeException e) {
                forget(folderId, threads);
                throw e;
            }
        }
    }

    int count(Connection c, long folderId) throws SQLException {
        return threads(c, folderId).count();
    }

    List<Conversation> page(Connection c, long folderId, ItemSort sort, int offset, int limit) throws SQLException {
        List<Conversation> page = new ArrayList<>();
        try (PreparedStatement s = summaryById(c)) {
            for (FolderThreads.Thread t : threads(c, folderId).page(sort, offset, limit)) {
                ItemSummary latest = summary(s, t.latestId());
                if (latest != null) {
                    page.add(new Conversation(t.key(), latest, t.members().size(), t.unread(), t.totalSize()));
                }
            }
        }
        return page;
    }

    List<ItemSummary> items(Connection c, long folderId, String key) throws SQLException {
        List<ItemSummary> items = new ArrayList<>();
        try (PreparedStatement s = summaryById(c)) {
            for (long id : threads(c, folderId).members(key)) {
                ItemSummary item = summary(s, id);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private FolderThreads threads(Connection c, long folderId) throws SQLException {
        Long before;
        synchronized (this) {
            FolderThreads threads = folders.get(folderId);
            if (threads != null) {
                return threads;
            }
            before = changes.get(folderId);
        }
        FolderThreads threads = FolderThreads.read(c, folderId);
        synchronized (this) {
            if (Objects.equals(before, changes.get(folderId))) {
                // kept only if no change was told while it was read: later ones are told to it
                folders.putIfAbsent(folderId, threads);
            }
        }
        return threads;
    }

    private synchronized void forget(long folderId, FolderThreads threads) {
        folders.remove(folderId, threads);
    }

    private static PreparedStatement summaryById(Connection c) throws SQLException {
        return c.prepareStatement("SELECT " + ItemReader.SUMMARY_COLUMNS + " FROM items WHERE id = ? "
                + "AND offline_state <> 'LOCALLY_DELETED'");
    }

    private static ItemSummary summary(PreparedStatement s, long id) throws SQLException {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? ItemReader.summary(r) : null;
        }
    }
}
