package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The message counts of folders ([MS-OXCFOLD] 2.2.2.2.1, PidTagContentCount and PidTagContentUnreadCount) kept with
 * the folder's contents version they were counted at, so a hierarchy table read counts only the folders whose
 * contents changed since (migration V9). The version is read before the counts: a change committed in between makes
 * the counts newer than their version, never older, and the next read sees the raised version and counts again.
 */
final class FolderCountsCache {
    private static final int MAX_FOLDERS = 20_000;

    private record Key(long mailboxId, long fid) {
    }

    private record Counted(long version, int total, int unread) {
    }

    private final Map<Key, Counted> counted = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
            return size() > MAX_FOLDERS;
        }
    };

    /** The counts of folder {@code fid}: message counts counted again only when its contents version moved. */
    FolderCounts counts(Connection c, long mailboxId, long fid) throws SQLException {
        Key key = new Key(mailboxId, fid);
        long version = FolderDao.contentsVersion(c, mailboxId, fid);
        Counted known;
        synchronized (counted) {
            known = counted.get(key);
        }
        if (known == null || known.version() != version) {
            int[] messages = FolderDao.messageCounts(c, mailboxId, fid);
            known = new Counted(version, messages[0], messages[1]);
            synchronized (counted) {
                counted.put(key, known);
            }
        }
        return new FolderCounts(known.total(), known.unread(), FolderDao.subfolders(c, mailboxId, fid));
    }
}
