package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopRelease request: releases the object at InputHandleIndex; the server sends no response, [MS-OXCROPS] 2.2.15.3.1. */
public record RopReleaseRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.RELEASE;
    }

    static RopReleaseRequest decode(ByteReader in) {
        return new RopReleaseRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
