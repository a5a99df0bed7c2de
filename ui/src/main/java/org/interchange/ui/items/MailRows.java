package org.interchange.ui.items;

import java.util.List;
import java.util.Map;
import org.interchange.cache.api.Cache;

/** Gives a page of mail rows their categories ([MS-OXCMSG] 2.2.1.17), read for the whole page in one query. */
final class MailRows {
    private MailRows() {
    }

    /** Runs in the background: {@code rows} with the categories the cache holds for them. */
    static List<RowData> withCategories(Cache cache, List<RowData> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> categories = cache.categories(rows.stream().map(r -> r.summary().id()).toList());
        if (categories.isEmpty()) {
            return rows;
        }
        return rows.stream().map(r -> {
            List<String> names = categories.get(r.summary().id());
            return names == null ? r : r.withCategories(names);
        }).toList();
    }
}
