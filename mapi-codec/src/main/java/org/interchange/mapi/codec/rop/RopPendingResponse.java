package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopPending, [MS-OXCROPS] 2.2.14.3: notifications are waiting for the session SessionIndex. It
 * answers no particular request and carries no handle index ({@link #handleIndex()} is -1).
 */
public record RopPendingResponse(int sessionIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.PENDING;
    }

    @Override
    public int handleIndex() {
        return -1;
    }

    static RopPendingResponse decode(ByteReader in) {
        return new RopPendingResponse(in.u16());
    }

    @Override
    public void encode(ByteWriter out) {
        out.u8(ropId().code()).u16(RopWire.u16(sessionIndex, "SessionIndex"));
    }
}
