package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCreateAttachment request, [MS-OXCROPS] 2.2.6.13.1. */
public record RopCreateAttachmentRequest(int logonId, int inputHandleIndex, int outputHandleIndex)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.CREATE_ATTACHMENT;
    }

    static RopCreateAttachmentRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        return new RopCreateAttachmentRequest(logonId, inputHandleIndex, outputHandleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
    }
}
