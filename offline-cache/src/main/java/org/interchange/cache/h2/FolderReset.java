package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Empties a folder for a sync from scratch ([MS-OXCFXICS] 3.3.5.9: a rejected state means starting over):
 * the cursor and the synced items go, items with local changes stay, and the counts are recomputed.
 */
final class FolderReset {

    private FolderReset() {
    }

    static void run(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_cursors WHERE folder_id = ?")) {
            s.setLong(1, folderId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM items WHERE folder_id = ? AND offline_state = 'SYNCED'")) {
            s.setLong(1, folderId);
            s.executeUpdate();
        }
        int total;
        int unread;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(CASE WHEN is_read THEN 0 ELSE 1 END), 0) "
                + "FROM items WHERE folder_id = ? AND offline_state <> 'LOCALLY_DELETED'")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getInt(1);
                unread = r.getInt(2);
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE folders SET total_count = ?, unread_count = ? WHERE id = ?")) {
            s.setInt(1, total);
            s.setInt(2, unread);
            s.setLong(3, folderId);
            s.executeUpdate();
        }
    }
}
