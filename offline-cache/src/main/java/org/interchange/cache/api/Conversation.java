package org.interchange.cache.api;

/**
 * One conversation of a mail folder ([MS-OXOMSG] 2.2.1.5 conversation topic): the messages linked by their
 * Message-ID, In-Reply-To and References fields (RFC 5322 3.6.4) to one root, or for messages that neither
 * reply nor are replied to, those whose subjects are the same once reply and forward prefixes are taken off;
 * {@code key} names it for {@link Conversations#conversationItems}, {@code latest} is its newest message.
 */
public record Conversation(String key, ItemSummary latest, int itemCount, int unreadCount, long totalSize) {
}
