package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopOpenEmbeddedMessage request, [MS-OXCROPS] 2.2.6.16.1. */
public record RopOpenEmbeddedMessageRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int codePageId, int openModeFlags)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.OPEN_EMBEDDED_MESSAGE;
    }

    static RopOpenEmbeddedMessageRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        int codePageId = in.u16();
        int openModeFlags = in.u8();
        return new RopOpenEmbeddedMessageRequest(logonId, inputHandleIndex, outputHandleIndex, codePageId, openModeFlags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u16(RopWire.u16(codePageId, "CodePageId"));
        out.u8(RopWire.u8(openModeFlags, "OpenModeFlags"));
    }
}
