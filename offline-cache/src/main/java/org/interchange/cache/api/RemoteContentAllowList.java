package org.interchange.cache.api;

/**
 * Which messages may load remote content (images from the web), kept in the cache: the user allows it
 * for one message or for every message of a sender. Nothing is allowed until the user says so.
 */
public interface RemoteContentAllowList {

    /** Whether the message with this id, or its sender, was allowed; false for an id naming nothing. */
    boolean remoteContentAllowed(long itemId);

    /** Allows remote content in the message with this id (until it is moved or deleted). */
    void allowRemoteContent(long itemId);

    /**
     * Allows remote content in every message from {@code sender} ("Name &lt;address&gt;" or a bare
     * address; only the address counts, case ignored).
     *
     * @throws IllegalArgumentException when {@code sender} holds no address
     */
    void allowRemoteContentFrom(String sender);
}
