package org.interchange.mapi.client.write;

import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * A file attachment of a message to write, [MS-OXCMSG] 2.2.2: PidTagAttachLongFilename,
 * PidTagAttachMimeTag, the bytes (PidTagAttachDataBinary, streamed when large) and further properties.
 */
public record AttachmentSpec(String fileName, String mimeType, byte[] data, List<PropertyValue> properties) {

    public AttachmentSpec {
        Objects.requireNonNull(fileName, "fileName");
        mimeType = mimeType == null ? "application/octet-stream" : mimeType;
        data = data.clone();
        properties = List.copyOf(properties);
    }

    public static AttachmentSpec file(String fileName, String mimeType, byte[] data) {
        return new AttachmentSpec(fileName, mimeType, data, List.of());
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
