package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.api.OfflineState;

/**
 * A resync of a folder that keeps its items ([MS-OXCFXICS] 3.3.5.5: a state used with a wider scope must start
 * over): every synced item gets a mark, an item field that storing the item again replaces with the server's fields
 * ({@link ItemWriter#upsert}); when the download is complete the synced items still marked were not brought again
 * and go, and the marks left on items changed locally meanwhile are dropped. The marks live in the database, so an
 * interrupted resync resumes with them.
 */
final class ResyncMarks {
    /** The item field that marks an item not yet brought again. */
    static final String FIELD = "resyncUnconfirmed";

    private ResyncMarks() {
    }

    static void mark(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO item_fields (item_id, name, field_value) KEY "
                + "(item_id, name) SELECT id, '" + FIELD + "', 'true' FROM items WHERE folder_id = ? AND "
                + "offline_state = '" + OfflineState.SYNCED.name() + "'")) {
            s.setLong(1, folderId);
            s.executeUpdate();
        }
    }

    /** Drops the marked synced items and the other marks; returns whether any item went. */
    static boolean sweep(Connection c, long folderId) throws SQLException {
        List<Long> gone = new ArrayList<>();
        int unread = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.is_read FROM items i JOIN item_fields f ON "
                + "f.item_id = i.id AND f.name = '" + FIELD + "' WHERE i.folder_id = ? AND i.offline_state = '"
                + OfflineState.SYNCED.name() + "'")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    gone.add(r.getLong(1));
                    unread += r.getBoolean(2) ? 0 : 1;
                }
            }
        }
        if (!gone.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM items WHERE id = ?")) {
                for (long id : gone) {
                    s.setLong(1, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
            FolderTable.adjustCounts(c, folderId, -gone.size(), -unread);
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM item_fields WHERE name = '" + FIELD
                + "' AND item_id IN (SELECT id FROM items WHERE folder_id = ?)")) {
            s.setLong(1, folderId);
            s.executeUpdate();
        }
        return !gone.isEmpty();
    }
}
