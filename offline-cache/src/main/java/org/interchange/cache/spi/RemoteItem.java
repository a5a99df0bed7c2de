package org.interchange.cache.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemKind;

/**
 * An item as the backend delivers it: query columns, bodies, kind-specific fields (keys in
 * {@link org.interchange.cache.api.ItemFields}), attachments, and an optional opaque payload
 * (the serialized server object) the cache stores but never reads.
 */
public record RemoteItem(String serverId, String revision, ItemKind kind, String subject, String sender,
                         String recipients, Instant date, Instant endDate, long size, boolean read, boolean flagged,
                         String bodyText, String bodyHtml, Map<String, String> fields,
                         List<RemoteAttachment> attachments, byte[] payload) {
}
