package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopDeleteAttachment request, [MS-OXCROPS] 2.2.6.14.1. */
public record RopDeleteAttachmentRequest(int logonId, int inputHandleIndex, long attachmentId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.DELETE_ATTACHMENT;
    }

    static RopDeleteAttachmentRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        long attachmentId = in.u32();
        return new RopDeleteAttachmentRequest(logonId, inputHandleIndex, attachmentId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i32((int) attachmentId);
    }
}
