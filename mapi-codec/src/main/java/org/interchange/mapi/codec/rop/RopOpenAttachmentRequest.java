package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopOpenAttachment request, [MS-OXCROPS] 2.2.6.12.1. */
public record RopOpenAttachmentRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int openAttachmentFlags, long attachmentId)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.OPEN_ATTACHMENT;
    }

    static RopOpenAttachmentRequest decode(ByteReader in) {
        return new RopOpenAttachmentRequest(in.u8(), in.u8(), in.u8(), in.u8(), in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(openAttachmentFlags, "OpenAttachmentFlags"));
        out.i32((int) attachmentId);
    }
}
