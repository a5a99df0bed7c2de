package org.interchange.mapi.client;

import java.util.Objects;

/**
 * One row of a message's attachment table, [MS-OXCMSG] 2.2.2: {@code attachNumber} is
 * PidTagAttachNumber, the key for {@link MapiMessage#attachmentData(int)}; {@code method} is
 * PidTagAttachMethod (1 = by value). Strings are empty when the server has no value.
 */
public record AttachmentInfo(int attachNumber, int method, String fileName, String mimeType, String contentId,
                             long size) {
    /** PidTagAttachMethod afByValue, [MS-OXCMSG] 2.2.2.9. */
    public static final int METHOD_BY_VALUE = 0x0001;
    /** PidTagAttachMethod afEmbeddedMessage, [MS-OXCMSG] 2.2.2.9. */
    public static final int METHOD_EMBEDDED_MESSAGE = 0x0005;

    public AttachmentInfo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(contentId, "contentId");
    }
}
