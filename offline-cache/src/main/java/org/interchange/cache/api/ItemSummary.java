package org.interchange.cache.api;

import java.time.Instant;

/**
 * The query columns of one cached item, enough for a list view row. {@code date} is the received
 * time of mail, the start of an appointment, the due date of a task, the modification time of a
 * contact or note; {@code endDate} is the end of an appointment, otherwise null.
 */
public record ItemSummary(long id, long folderId, String serverId, ItemKind kind, String subject, String sender,
                          Instant date, Instant endDate, long size, boolean read, boolean flagged,
                          boolean hasAttachments, String preview, OfflineState state) {
}
