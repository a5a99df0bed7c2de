package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopAbort request, [MS-OXCROPS] 2.2.5.5.1: no fields beyond the header. */
public record RopAbortRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.ABORT;
    }

    static RopAbortRequest decode(ByteReader in) {
        return new RopAbortRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
