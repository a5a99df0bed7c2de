package org.interchange.cache.api;

/** How {@link CacheEdits#delete} removes an item ([MS-OXCFOLD] 2.2.1.11 hard and soft delete). */
public enum DeleteMode {
    /** Moves the item to the account's Deleted Items folder; an item already there is deleted for good. */
    TO_DELETED_ITEMS,
    /** Deletes the item from the server for good. */
    PERMANENTLY
}
