package org.interchange.mapi.client.write;

import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * An attachment of a message to write, [MS-OXCMSG] 2.2.2: a file (PidTagAttachLongFilename,
 * PidTagAttachMimeTag, the bytes as PidTagAttachDataBinary, streamed when large) or, when
 * {@code embeddedMessage} is set, an embedded message (PidTagAttachMethod afEmbeddedMessage, written
 * through RopOpenEmbeddedMessage with its own recipients and attachments), plus further properties; or, when
 * {@code verbatim} is set, an attachment of any PidTagAttachMethod (2.2.2.9: afOle, afByReference, afByReferenceOnly,
 * afByWebReference ...) written with exactly its {@code properties}, as it was read.
 */
public record AttachmentSpec(String fileName, String mimeType, byte[] data, List<PropertyValue> properties,
                             MessageSpec embeddedMessage, boolean verbatim) {

    public AttachmentSpec {
        Objects.requireNonNull(fileName, "fileName");
        mimeType = mimeType == null ? (embeddedMessage == null ? "application/octet-stream" : "message/rfc822")
                : mimeType;
        data = data.clone();
        properties = List.copyOf(properties);
        if (embeddedMessage != null && data.length > 0) {
            throw new IllegalArgumentException("an embedded-message attachment has no data bytes");
        }
        if (verbatim && (embeddedMessage != null || data.length > 0)) {
            throw new IllegalArgumentException("a verbatim attachment carries everything in its properties");
        }
    }

    /** A file or embedded-message attachment with further properties. */
    public AttachmentSpec(String fileName, String mimeType, byte[] data, List<PropertyValue> properties,
                          MessageSpec embeddedMessage) {
        this(fileName, mimeType, data, properties, embeddedMessage, false);
    }

    /**
     * An attachment written with exactly {@code properties} (its method, names, data and the rest), named
     * {@code fileName} in messages; for attachments read whole to be written back unchanged.
     */
    public static AttachmentSpec verbatim(String fileName, List<PropertyValue> properties) {
        return new AttachmentSpec(fileName, null, new byte[0], properties, null, true);
    }

    /** A file attachment with further properties. */
    public AttachmentSpec(String fileName, String mimeType, byte[] data, List<PropertyValue> properties) {
        this(fileName, mimeType, data, properties, null);
    }

    public static AttachmentSpec file(String fileName, String mimeType, byte[] data) {
        return new AttachmentSpec(fileName, mimeType, data, List.of());
    }

    /** An embedded-message attachment named {@code displayName} (also its PidTagAttachLongFilename). */
    public static AttachmentSpec embedded(String displayName, MessageSpec message) {
        return new AttachmentSpec(displayName, null, new byte[0], List.of(), Objects.requireNonNull(message, "message"));
    }

    /** Whether this attachment holds an embedded message rather than bytes. */
    public boolean isEmbeddedMessage() {
        return embeddedMessage != null;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
