package org.interchange.cache.api;

/** An attachment of a cached item; the content is read with {@link Cache#attachmentContent(long)}. */
public record AttachmentInfo(long id, String fileName, String mimeType, long size, String contentId) {
}
