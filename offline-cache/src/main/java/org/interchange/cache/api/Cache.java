package org.interchange.cache.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the UI sees of the offline cache: paged reads and read-state changes (ARCHITECTURE.md, "How
 * data flows"). Local changes are stored with a pending operation in one transaction and uploaded by
 * the sync engine later; the other edits are in {@link CacheEdits}, which the H2 cache also implements.
 */
public interface Cache extends AutoCloseable {

    List<AccountInfo> accounts();

    /** Adds or updates an account (no credentials are stored). */
    void saveAccount(AccountInfo account);

    List<CachedFolder> folders(String accountId);

    int itemCount(long folderId);

    /** One page of a folder's items; only the query columns are read. */
    List<ItemSummary> items(long folderId, ItemSort sort, int offset, int limit);

    Optional<ItemDetail> item(long itemId);

    byte[] attachmentContent(long attachmentId);

    /**
     * The categories of the items named in {@code itemIds} ([MS-OXCMSG] 2.2.1.17, {@link ItemFields#CATEGORIES}), in
     * their stored order, for list rows: items without categories, and ids naming nothing, are left out.
     */
    Map<Long, List<String>> categories(Collection<Long> itemIds);

    /** Marks an item read or unread locally and records a pending operation. */
    void setRead(long itemId, boolean read);

    /**
     * Items of every account whose words start with each word of {@code query} (subject, sender,
     * recipients, body, location, e-mail, company), newest first, at most {@code limit}; locally deleted
     * items are left out. A query without words finds nothing.
     */
    List<ItemSummary> search(String query, int limit);

    void addListener(CacheListener listener);

    void removeListener(CacheListener listener);

    @Override
    void close();
}
