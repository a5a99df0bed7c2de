package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopTransportNewMail request, [MS-OXCROPS] 2.2.7.7.1: MessageId, FolderId, the null-terminated
 * 8-bit MessageClass and MessageFlags of the newly delivered message.
 */
public record RopTransportNewMailRequest(int logonId, int inputHandleIndex, long messageId, long folderId,
                                         String messageClass, int messageFlags) implements RopRequest {

    public RopTransportNewMailRequest {
        Objects.requireNonNull(messageClass, "messageClass");
    }

    @Override
    public RopId ropId() {
        return RopId.TRANSPORT_NEW_MAIL;
    }

    static RopTransportNewMailRequest decode(ByteReader in) {
        return new RopTransportNewMailRequest(in.u8(), in.u8(), in.i64(), in.i64(), in.ascii8z(), in.i32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(messageId).i64(folderId).ascii8z(messageClass).i32(messageFlags);
    }
}
