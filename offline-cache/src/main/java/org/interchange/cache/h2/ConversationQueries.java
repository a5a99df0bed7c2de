package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;

/**
 * Conversations of a mail folder ([MS-OXOMSG] 2.2.1.5): messages grouped by {@code subject_key}, the
 * lower-case subject without reply and forward prefixes, read along the folder's subject index.
 */
final class ConversationQueries {
    private static final String VISIBLE = "folder_id = ? AND offline_state <> 'LOCALLY_DELETED'";

    private ConversationQueries() {
    }

    static int count(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(DISTINCT subject_key) FROM items "
                + "USE INDEX (ix_items_subject) WHERE " + VISIBLE)) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    static List<Conversation> page(Connection c, long folderId, ItemSort sort, int offset, int limit)
            throws SQLException {
        String order = switch (sort) {
            case DATE_DESC -> "latest DESC NULLS LAST, k";
            case DATE_ASC -> "latest NULLS FIRST, k";
            case SENDER -> "first_sender, latest DESC NULLS LAST, k";
            case SUBJECT -> "k, latest DESC NULLS LAST";
            case SIZE_DESC -> "total DESC, k";
        };
        List<Conversation> page = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT subject_key AS k, MAX(sort_date) AS latest, COUNT(*), "
                + "SUM(CASE WHEN is_read THEN 0 ELSE 1 END), SUM(item_size) AS total, MIN(sender_key) AS first_sender "
                + "FROM items USE INDEX (ix_items_subject) WHERE " + VISIBLE + " GROUP BY subject_key ORDER BY " + order
                + " LIMIT ? OFFSET ?");
             PreparedStatement newest = c.prepareStatement("SELECT " + ItemReader.SUMMARY_COLUMNS + " FROM items "
                     + "USE INDEX (ix_items_subject) WHERE " + VISIBLE + " AND subject_key = ? "
                     + "ORDER BY folder_id, subject_key, sort_date DESC, id DESC LIMIT 1")) {
            s.setLong(1, folderId);
            s.setInt(2, limit);
            s.setInt(3, offset);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1);
                    newest.setLong(1, folderId);
                    newest.setString(2, key);
                    try (ResultSet n = newest.executeQuery()) {
                        if (n.next()) {
                            page.add(new Conversation(key, ItemReader.summary(n), r.getInt(3), r.getInt(4),
                                    r.getLong(5)));
                        }
                    }
                }
            }
        }
        return page;
    }

    static List<ItemSummary> items(Connection c, long folderId, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ItemReader.SUMMARY_COLUMNS + " FROM items "
                + "USE INDEX (ix_items_subject) WHERE " + VISIBLE + " AND subject_key = ? "
                + "ORDER BY sort_date NULLS FIRST, id")) {
            s.setLong(1, folderId);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                List<ItemSummary> items = new ArrayList<>();
                while (r.next()) {
                    items.add(ItemReader.summary(r));
                }
                return items;
            }
        }
    }
}
