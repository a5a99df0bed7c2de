package org.interchange.mapi.server.store;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * Stores the message of an embedded-message attachment ([MS-OXCMSG] 2.2.2.9 afEmbeddedMessage) as
 * the bytes of the attachment's PidTagAttachDataObject: a uint32 format version, the message's
 * property bag, then uint32 counts of recipient and attachment bags, each bag a uint32 byte count
 * followed by a {@link PropertyBagSerializer} bag. Nested embedded messages sit inside their
 * attachment's bag the same way. Reading checks every count against the bytes left and the total
 * against {@link #MAX_BYTES}.
 */
public final class EmbeddedMessageCodec {
    /** The largest stored embedded message, nested ones included. */
    public static final int MAX_BYTES = 64 << 20;
    static final int VERSION = 1;
    private static final int MAX_ROWS = 1 << 16;

    private EmbeddedMessageCodec() {
    }

    /** The stored form of {@code message}; fails when it would exceed {@link #MAX_BYTES}. */
    public static byte[] serialize(NewMessage message) {
        ByteWriter w = new ByteWriter(512);
        w.i32(VERSION);
        writeBag(w, message.properties());
        writeBags(w, message.recipients());
        writeBags(w, message.attachments());
        if (w.size() > MAX_BYTES) {
            throw new EmbeddedMessageException("embedded message of " + w.size() + " bytes exceeds the limit of "
                    + MAX_BYTES);
        }
        return w.toByteArray();
    }

    /** The message stored in {@code bytes}; malformed or oversized data fails with {@link EmbeddedMessageException}. */
    public static NewMessage deserialize(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new EmbeddedMessageException("stored embedded message of " + bytes.length
                    + " bytes exceeds the limit of " + MAX_BYTES);
        }
        try {
            ByteReader r = new ByteReader(bytes);
            int version = r.i32();
            if (version != VERSION) {
                throw new EmbeddedMessageException("stored embedded message has unknown format version " + version);
            }
            List<PropertyValue> properties = readBag(r, "properties");
            List<List<PropertyValue>> recipients = readBags(r, "recipient");
            List<List<PropertyValue>> attachments = readBags(r, "attachment");
            if (r.hasRemaining()) {
                throw new EmbeddedMessageException(r.remaining() + " bytes follow the stored embedded message");
            }
            return new NewMessage(properties, recipients, attachments);
        } catch (MapiCodecException e) {
            throw new EmbeddedMessageException("stored embedded message is malformed: " + e.getMessage(), e);
        }
    }

    private static void writeBags(ByteWriter w, List<List<PropertyValue>> bags) {
        w.i32(bags.size());
        bags.forEach(b -> writeBag(w, b));
    }

    private static void writeBag(ByteWriter w, List<PropertyValue> bag) {
        byte[] bytes = PropertyBagSerializer.serialize(bag);
        w.i32(bytes.length);
        w.bytes(bytes);
    }

    private static List<List<PropertyValue>> readBags(ByteReader r, String what) {
        int count = r.i32();
        if (count < 0 || count > MAX_ROWS || count > r.remaining() / 4) {
            throw new EmbeddedMessageException("stored embedded message has a " + what + " count out of range: "
                    + count);
        }
        List<List<PropertyValue>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(readBag(r, what + " " + i));
        }
        return out;
    }

    private static List<PropertyValue> readBag(ByteReader r, String what) {
        int length = r.i32();
        if (length < 0 || length > r.remaining()) {
            throw new EmbeddedMessageException("stored embedded message's " + what + " bag claims " + length
                    + " bytes, " + r.remaining() + " remain");
        }
        return PropertyBagSerializer.deserialize(r.bytes(length, "embedded " + what));
    }
}
