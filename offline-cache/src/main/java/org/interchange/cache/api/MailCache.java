package org.interchange.cache.api;

/**
 * The mail-only reads and settings of the cache beside {@link Cache} ([MS-OXOMSG] 2.2.1): recipient
 * completion, the remote-content allow list and conversations. The H2 cache gives one with
 * {@code H2MailCache.of(store)}.
 */
public interface MailCache extends RecipientDirectory, RemoteContentAllowList, Conversations {
}
