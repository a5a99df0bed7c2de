package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.OfflineState;

/**
 * Evicts the items of one folder delivered before a cut-off inside a sync batch's transaction: mail that aged out of
 * the account's span, removed locally and never uploaded ([MS-OXCFXICS] 2.2.1.3.2: messages out of the
 * synchronization scope). Items marked {@link ItemFields#NOT_DELIVERED}, without a date, or with a local change or a
 * pending operation stay; the folder counts follow the removed rows.
 */
final class DeliveredBeforeEviction {
    /** Rows dated before the cut-off (read off the folder's date index), with whether a pending operation names them. */
    private static final String AGED = "SELECT i.id, i.server_id, i.offline_state, i.is_read, EXISTS (SELECT 1 FROM "
            + "pending_operations p WHERE p.account_id = ? AND p.folder_server_id = ? AND p.item_server_id = i.server_id) "
            + "FROM items i WHERE i.folder_id = ? AND i.sort_date < ? AND NOT EXISTS (SELECT 1 FROM item_fields f "
            + "WHERE f.item_id = i.id AND f.name = '" + ItemFields.NOT_DELIVERED + "')";

    /** What an eviction did: how many rows went, and the server ids of aged items kept for their local changes. */
    record Outcome(int evicted, Set<String> kept) {
    }

    private DeliveredBeforeEviction() {
    }

    static Outcome run(Connection c, String accountId, long folderId, String folderServerId, Instant cutoff)
            throws SQLException {
        List<Long> evict = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        int unread = 0;
        try (PreparedStatement s = c.prepareStatement(AGED)) {
            s.setString(1, accountId);
            s.setString(2, folderServerId);
            s.setLong(3, folderId);
            s.setObject(4, cutoff);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (OfflineState.valueOf(r.getString(3)) == OfflineState.SYNCED && !r.getBoolean(5)) {
                        evict.add(r.getLong(1));
                        unread += r.getBoolean(4) ? 0 : 1;
                    } else {
                        kept.add(r.getString(2));
                    }
                }
            }
        }
        if (!evict.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM items WHERE id = ?")) {
                for (long id : evict) {
                    s.setLong(1, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
            FolderTable.adjustCounts(c, folderId, -evict.size(), -unread);
        }
        return new Outcome(evict.size(), Set.copyOf(kept));
    }
}
