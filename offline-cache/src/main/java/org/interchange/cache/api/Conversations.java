package org.interchange.cache.api;

import java.util.List;

/**
 * A mail folder's messages grouped into conversations ({@link Conversation}), read page by page like
 * {@link Cache#items}; locally deleted messages are left out.
 */
public interface Conversations {

    /** How many conversations the folder's messages form. */
    int conversationCount(long folderId);

    /**
     * One page of the folder's conversations: {@link ItemSort#DATE_DESC} and {@link ItemSort#DATE_ASC} by
     * their newest message, {@link ItemSort#SENDER} by the first sender in alphabetical order,
     * {@link ItemSort#SUBJECT} by subject, {@link ItemSort#SIZE_DESC} by the size of all their messages.
     */
    List<Conversation> conversations(long folderId, ItemSort sort, int offset, int limit);

    /** The messages of one conversation of the folder, oldest first. */
    List<ItemSummary> conversationItems(long folderId, String key);
}
