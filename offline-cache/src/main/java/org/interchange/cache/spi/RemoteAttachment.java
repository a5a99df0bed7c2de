package org.interchange.cache.spi;

/** An attachment as the backend delivers it. */
public record RemoteAttachment(String fileName, String mimeType, String contentId, byte[] content) {
}
