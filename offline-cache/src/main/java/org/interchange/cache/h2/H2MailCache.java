package org.interchange.cache.h2;

import java.util.List;
import java.util.Objects;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.MailCache;

/**
 * The mail-only reads and settings of an {@link H2CacheStore} ([MS-OXOMSG] 2.2.1): recipient completion
 * from cached contacts, the remote-content allow list of migration V61 and conversations threaded by their
 * Message-ID, In-Reply-To and References headers. Safe for use from several threads.
 */
public final class H2MailCache implements MailCache {
    private final H2Database db;
    private final ConversationQueries conversations;

    private H2MailCache(H2Database db) {
        this.db = db;
        this.conversations = new ConversationQueries(db);
    }

    /** The mail queries of {@code store}; valid until the store is closed. */
    public static H2MailCache of(H2CacheStore store) {
        Objects.requireNonNull(store, "store");
        return new H2MailCache(store.database());
    }

    @Override
    public List<String> completeRecipients(String prefix, int limit) {
        return db.read("completing recipients", c -> RecipientQueries.complete(c, prefix, limit));
    }

    @Override
    public boolean remoteContentAllowed(long itemId) {
        return db.read("reading the remote-content allow list", c -> RemoteContentTable.allowed(c, itemId));
    }

    @Override
    public void allowRemoteContent(long itemId) {
        boolean found = db.write("allowing remote content in item " + itemId,
                c -> RemoteContentTable.allowItem(c, itemId));
        if (!found) {
            throw new org.interchange.cache.api.CacheException("No cached item has id " + itemId);
        }
    }

    @Override
    public void allowRemoteContentFrom(String sender) {
        String address = MailAddresses.address(sender)
                .orElseThrow(() -> new IllegalArgumentException("No e-mail address in sender: " + sender));
        db.write("allowing remote content from " + address, c -> {
            RemoteContentTable.allowSender(c, address);
            return null;
        });
    }

    @Override
    public int conversationCount(long folderId) {
        return conversations.count(folderId);
    }

    @Override
    public List<Conversation> conversations(long folderId, ItemSort sort, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        return conversations.page(folderId, sort, offset, limit);
    }

    @Override
    public List<ItemSummary> conversationItems(long folderId, String key) {
        return conversations.items(folderId, key);
    }
}
