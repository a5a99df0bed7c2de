package org.interchange.cache.api;

import java.util.List;
import java.util.OptionalLong;

/**
 * Local edits of the offline cache (ARCHITECTURE.md, "How data flows": write path, as
 * evolution-data-server's ECache offline states). Each method changes the item rows and records the
 * pending operation the sync engine uploads later in one transaction, so an edit made offline
 * survives a crash and is replayed on reconnect; listeners hear {@link CacheListener#itemsChanged}
 * after the commit. Items are ids of {@link ItemSummary#id()}, folders ids of {@link CachedFolder#id()}.
 * Deleted items disappear from lists at once (offline state {@link OfflineState#LOCALLY_DELETED}
 * until the server took the deletion). Read state is changed with {@link Cache#setRead}.
 *
 * @throws CacheException from every method when an id names nothing in the cache or the cache fails
 */
public interface CacheEdits {

    /** Flags or unflags an item for follow-up ([MS-OXOFLAG] 2.2.1.1 PidTagFlagStatus). */
    void setFlagged(long itemId, boolean flagged);

    /**
     * Sets the categories of any item ([MS-OXCMSG] 2.2.1.17 PidNameKeywords, {@link ItemFields#CATEGORIES}) to
     * {@code categories} in their order, blank names and repeats (ignoring case) left out; an empty list clears them.
     * A server item becomes locally modified with an UPDATE operation, a locally made one keeps its CREATE; setting
     * the categories it already has changes nothing.
     *
     * @throws IllegalArgumentException when a name holds a line break
     */
    void setCategories(long itemId, List<String> categories);

    /**
     * Deletes an item: moves it to its account's Deleted Items folder, or deletes it for good when
     * {@code mode} is {@link DeleteMode#PERMANENTLY}, when it already is in Deleted Items, or when the
     * account has none. Returns the id of the item in Deleted Items, or empty when it is gone.
     */
    OptionalLong delete(long itemId, DeleteMode mode);

    /**
     * Moves an item to another folder of the same account ([MS-OXCFXICS] 2.2.3.2.4.4 message move).
     * The moved item gets a new id, which is returned; the old id names nothing afterwards.
     *
     * @throws IllegalArgumentException when the folder belongs to another account
     */
    long move(long itemId, long targetFolderId);

    /**
     * Creates an appointment, contact, task or note in {@code folderId} (its kind is the folder's);
     * returns the new item's id. The item is {@link OfflineState#LOCALLY_CREATED} until uploaded.
     */
    long create(long folderId, ItemContent content);

    /** Replaces the content of an appointment, contact, task or note; the item becomes locally modified. */
    void update(long itemId, ItemContent content);

    /**
     * Saves a draft in the account's Drafts folder: a new one when {@code draftItemId} is empty, else
     * replacing that draft. Returns the draft's item id. Attachment files are read now.
     *
     * @throws CacheException when the account has no Drafts folder or an attachment file cannot be read
     */
    long saveDraft(String accountId, OptionalLong draftItemId, MessageDraft draft);

    /**
     * Queues a message for sending ([MS-OXOMSG] 3.2.4.1 submitting a message): it waits in the
     * Outbox (or Drafts when the account has no Outbox) until the sync engine submits it, after which
     * the server puts it in Sent Items. A draft named by {@code draftItemId} is removed with it.
     * Returns the queued item's id.
     *
     * @throws IllegalArgumentException when the message has no recipients
     */
    long send(String accountId, OptionalLong draftItemId, MessageDraft draft);
}
