package org.interchange.mapi.codec.ids;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A Message EntryID, [MS-OXCDATA] 2.2.4.2: Flags, the store's ProviderUID, MessageType
 * (0x0007 private, 0x0009 public), the folder's GID and the message's GID, each followed by a
 * zero Pad; 70 bytes.
 */
public record MessageEntryId(int flags, UUID providerUid, int messageType, GlobalId folder, GlobalId message)
        implements EntryId {
    public static final int SIZE = 70;
    public static final int PRIVATE_MESSAGE = 0x0007;
    public static final int PUBLIC_MESSAGE = 0x0009;

    public MessageEntryId {
        Objects.requireNonNull(providerUid, "providerUid");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(message, "message");
        if (messageType < 0 || messageType > 0xFFFF) {
            throw new MapiCodecException("MessageType " + messageType + " does not fit 2 bytes");
        }
    }

    public static MessageEntryId decode(byte[] bytes) {
        EntryIds.requireSize(bytes, SIZE, "Message EntryID");
        ByteReader in = new ByteReader(bytes);
        int flags = in.i32();
        UUID provider = in.guid();
        int type = in.u16();
        GlobalId folder = GlobalId.decode(in);
        in.skip(2);
        GlobalId message = GlobalId.decode(in);
        in.skip(2);
        return new MessageEntryId(flags, provider, type, folder, message);
    }

    @Override
    public byte[] encode() {
        ByteWriter out = new ByteWriter(SIZE);
        out.i32(flags).guid(providerUid).u16(messageType);
        folder.encode(out);
        out.u16(0);
        message.encode(out);
        return out.u16(0).toByteArray();
    }
}
