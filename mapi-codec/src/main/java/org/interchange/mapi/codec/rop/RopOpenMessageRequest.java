package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopOpenMessage request, [MS-OXCROPS] 2.2.6.1.1. */
public record RopOpenMessageRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int codePageId, long folderId, int openModeFlags, long messageId)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.OPEN_MESSAGE;
    }

    static RopOpenMessageRequest decode(ByteReader in) {
        return new RopOpenMessageRequest(in.u8(), in.u8(), in.u8(), in.u16(), in.i64(), in.u8(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u16(RopWire.u16(codePageId, "CodePageId"));
        out.i64(folderId);
        out.u8(RopWire.u8(openModeFlags, "OpenModeFlags"));
        out.i64(messageId);
    }
}
