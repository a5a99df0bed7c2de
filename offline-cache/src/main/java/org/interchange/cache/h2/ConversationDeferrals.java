package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The folders whose first download is threaded once at its end (migration V68, table {@code conversation_deferrals};
 * [MS-OXOMSG] 2.2.1.5): a deferred folder has no conversation rows until {@link ConversationUpkeep} threads all its
 * listed mail at once with {@link ConversationFill}.
 */
final class ConversationDeferrals {
    private ConversationDeferrals() {
    }

    /** True when a folder's threading waits. */
    static boolean any(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM conversation_deferrals LIMIT 1");
             ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    /** The folders whose threading waits. */
    static Set<Long> folders(Connection c) throws SQLException {
        Set<Long> folders = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT folder_id FROM conversation_deferrals");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                folders.add(r.getLong(1));
            }
        }
        return folders;
    }

    /** True when the folder has no conversation member: threading it may wait for the end of its download. */
    static boolean unthreaded(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM conversation_members WHERE folder_id = ? LIMIT 1")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                return !r.next();
            }
        }
    }

    /** Defers threading the folder, which has no conversation rows. */
    static void defer(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO conversation_deferrals (folder_id) VALUES (?)")) {
            s.setLong(1, folderId);
            s.executeUpdate();
        }
    }

    /** Threads each deferred folder's listed mail at once, and ends its deferral. */
    static void complete(Connection c, Set<Long> folders) throws SQLException {
        for (long folderId : folders) {
            ConversationFill.fillFolder(c, folderId);
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM conversation_deferrals")) {
            s.executeUpdate();
        }
    }
}
