package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interchange.cache.api.ItemSummary;

/** The summaries of the items a search found, read in one query and kept in the search's order. */
final class SearchResults {

    private SearchResults() {
    }

    /** The summaries of those of {@code ids} that still exist and are not locally deleted, in the order of {@code ids}. */
    static List<ItemSummary> summaries(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemSummary> byId = new HashMap<>();
        // the ids come from the cache's own index, never from input
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement s = c.prepareStatement("SELECT " + ItemReader.SUMMARY_COLUMNS + " FROM items "
                + "WHERE id IN (" + in + ") AND offline_state <> 'LOCALLY_DELETED'"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ItemSummary summary = ItemReader.summary(r);
                byId.put(summary.id(), summary);
            }
        }
        List<ItemSummary> found = new ArrayList<>(byId.size());
        for (long id : ids) {
            ItemSummary summary = byId.get(id);
            if (summary != null) {
                found.add(summary);
            }
        }
        return found;
    }
}
