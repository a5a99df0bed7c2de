package org.interchange.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;

/**
 * Reads every item of a contacts, tasks or notes folder whole, page by page, on the calling (background)
 * thread ([MS-OXCTABL] 2.2.2 the contents table, as the cache's pages give it).
 */
public final class FolderDetails {
    private static final int PAGE = 500;

    private FolderDetails() {
    }

    /** Each item of {@code folderId} in {@code sort} order, turned into a row by {@code row}. */
    public static <T> List<T> read(Cache cache, long folderId, ItemSort sort, Function<ItemDetail, T> row) {
        List<T> out = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ItemSummary> page = cache.items(folderId, sort, offset, PAGE);
            for (ItemSummary s : page) {
                cache.item(s.id()).map(row).ifPresent(out::add);
            }
            if (page.size() < PAGE) {
                return out;
            }
        }
    }
}
