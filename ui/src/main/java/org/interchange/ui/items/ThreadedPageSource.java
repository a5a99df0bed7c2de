package org.interchange.ui.items;

import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.Conversations;
import org.interchange.cache.api.ItemSort;

/**
 * Reads the rows of a threaded mail list: a page of conversation heads from the cache, with the messages
 * of the expanded ones (as they were when expanded) in between ([MS-OXOMSG] 2.2.1.5 conversations).
 * The expansions are swapped on the UI thread and read on background threads.
 */
final class ThreadedPageSource implements PageSource {
    private final Conversations conversations;
    private final Cache cache;
    private final long folderId;
    private final ItemSort sort;
    private volatile Expansions expansions = Expansions.NONE;

    ThreadedPageSource(Conversations conversations, Cache cache, long folderId, ItemSort sort) {
        this.conversations = conversations;
        this.cache = cache;
        this.folderId = folderId;
        this.sort = sort;
    }

    Expansions expansions() {
        return expansions;
    }

    void setExpansions(Expansions expansions) {
        this.expansions = expansions;
    }

    @Override
    public List<RowData> read(int offset, int limit) {
        Expansions ex = expansions;
        if (limit <= 0) {
            return List.of();
        }
        int first = ex.at(offset).conversationIndex();
        int last = ex.at(offset + limit - 1).conversationIndex();
        List<Conversation> heads = conversations.conversations(folderId, sort, first, last - first + 1);
        List<RowData> rows = new ArrayList<>(limit);
        for (int row = offset; row < offset + limit; row++) {
            Expansions.Position at = ex.at(row);
            if (at.head()) {
                int i = at.conversationIndex() - first;
                if (i >= heads.size()) {
                    break;
                }
                Conversation c = heads.get(i);
                rows.add(new RowData(c.latest(), ThreadMark.head(c.key(), c.itemCount(), c.unreadCount(),
                        ex.find(c.key()).isPresent())));
            } else {
                rows.add(new RowData(at.expanded().items().get(at.member()), ThreadMark.member(at.expanded().key())));
            }
        }
        return MailRows.withCategories(cache, rows);
    }
}
