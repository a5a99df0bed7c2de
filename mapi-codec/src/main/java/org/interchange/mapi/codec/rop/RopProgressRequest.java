package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopProgress request, [MS-OXCROPS] 2.2.8.13.1: asks about an asynchronous operation; WantCancel stops it. */
public record RopProgressRequest(int logonId, int inputHandleIndex, boolean wantCancel) implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.PROGRESS;
    }

    static RopProgressRequest decode(ByteReader in) {
        return new RopProgressRequest(in.u8(), in.u8(), RopWire.bool(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(wantCancel ? 1 : 0);
    }
}
