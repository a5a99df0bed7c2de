package org.interchange.ui.items;

/**
 * How a row of a threaded mail list belongs to its conversation ([MS-OXOMSG] 2.2.1.5): the head row
 * stands for the whole conversation (its newest message, with counts), the rows under an expanded head
 * are its messages.
 */
public record ThreadMark(String key, boolean head, int itemCount, int unreadCount, boolean expanded) {

    /** The head row of a conversation. */
    public static ThreadMark head(String key, int itemCount, int unreadCount, boolean expanded) {
        return new ThreadMark(key, true, itemCount, unreadCount, expanded);
    }

    /** A message row under an expanded head. */
    public static ThreadMark member(String key) {
        return new ThreadMark(key, false, 1, 0, false);
    }

    /** Whether the row can be expanded to show more than one message. */
    public boolean expandable() {
        return head && itemCount > 1;
    }
}
