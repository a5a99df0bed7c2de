package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCloneStream request, [MS-OXCROPS] 2.2.9.12.1: the clone goes to OutputHandleIndex. */
public record RopCloneStreamRequest(int logonId, int inputHandleIndex, int outputHandleIndex)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.CLONE_STREAM;
    }

    static RopCloneStreamRequest decode(ByteReader in) {
        return new RopCloneStreamRequest(in.u8(), in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
    }
}
