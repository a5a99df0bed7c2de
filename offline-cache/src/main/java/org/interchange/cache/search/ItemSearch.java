package org.interchange.cache.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds cached items by the words of a query in the index of migration V50: an item matches when
 * each query word starts one of its words (subject, sender, recipients, body, text fields). Items
 * deleted locally are left out; the newest come first.
 */
public final class ItemSearch {
    private ItemSearch() {
    }

    /** The ids of at most {@code limit} matching items, newest first; none when the query has no words. */
    public static List<Long> ids(Connection c, String query, int limit) throws SQLException {
        List<String> words = SearchTokens.query(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        // IN (subquery) lets H2 look each matching id up by the primary key instead of joining row by row
        StringBuilder sql = new StringBuilder("SELECT i.id FROM items i WHERE i.id IN (");
        for (int w = 0; w < words.size(); w++) {
            if (w > 0) {
                sql.append(" INTERSECT ");
            }
            sql.append("SELECT item_id FROM search_tokens WHERE token >= ? AND token < ?");
        }
        sql.append(") AND i.offline_state <> 'LOCALLY_DELETED' "
                + "ORDER BY i.sort_date DESC NULLS LAST, i.id DESC LIMIT ?");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (String word : words) {
                s.setString(p++, word);
                s.setString(p++, upperBound(word));
            }
            s.setInt(p, limit);
            try (ResultSet r = s.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
                return ids;
            }
        }
    }

    /** The smallest string greater than every string starting with {@code prefix}. */
    static String upperBound(String prefix) {
        return prefix + Character.MAX_VALUE;
    }
}
