package org.interchange.cache.h2;

import java.util.List;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;

/**
 * Reads the conversations of mail folders ([MS-OXOMSG] 2.2.1.5) as the cache stores them ({@link ConversationTable},
 * kept current by {@link ConversationUpkeep} in each item write): a page of a threaded list is one index range.
 * Items a writer committed without threading them (one that went around the item triggers) are threaded first.
 */
final class ConversationQueries {
    private final H2Database db;

    ConversationQueries(H2Database db) {
        this.db = db;
    }

    int count(long folderId) {
        settleLeftovers();
        return db.read("counting the conversations of folder " + folderId, c -> ConversationTable.count(c, folderId));
    }

    List<Conversation> page(long folderId, ItemSort sort, int offset, int limit) {
        settleLeftovers();
        return db.read("reading conversations of folder " + folderId,
                c -> ConversationTable.page(c, folderId, sort, offset, limit));
    }

    List<ItemSummary> items(long folderId, String key) {
        settleLeftovers();
        return db.read("reading a conversation of folder " + folderId,
                c -> ConversationTable.members(c, folderId, key));
    }

    private void settleLeftovers() {
        if (db.read("looking for items to thread", ConversationUpkeep::pending)) {
            db.write("threading items", c -> null); // every write threads what waits before it commits
        }
    }
}
