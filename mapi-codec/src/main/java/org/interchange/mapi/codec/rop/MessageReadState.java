package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * A MessageReadState of RopSynchronizationImportReadStateChanges, [MS-OXCROPS] 2.2.13.3.1.1: the
 * message's id as bytes (MessageIdSize) and MarkAsRead.
 */
public record MessageReadState(byte[] messageId, boolean markAsRead) {

    public MessageReadState {
        messageId = messageId.clone();
    }

    @Override
    public byte[] messageId() {
        return messageId.clone();
    }

    static MessageReadState decode(ByteReader in) {
        byte[] id = in.bytes(in.u16(), "MessageReadState MessageId");
        return new MessageReadState(id, RopWire.bool(in));
    }

    void encode(ByteWriter out) {
        out.u16(RopWire.u16(messageId.length, "MessageIdSize")).bytes(messageId).u8(markAsRead ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageReadState s && Arrays.equals(s.messageId, messageId) && s.markAsRead == markAsRead;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(messageId) * 31 + Boolean.hashCode(markAsRead);
    }

    @Override
    public String toString() {
        return "MessageReadState[messageId=" + HexFormat.of().formatHex(messageId) + ", markAsRead=" + markAsRead + "]";
    }
}
