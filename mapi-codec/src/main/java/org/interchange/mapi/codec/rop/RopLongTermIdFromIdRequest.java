package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopLongTermIdFromId request: a folder or message id, [MS-OXCROPS] 2.2.3.8.1. */
public record RopLongTermIdFromIdRequest(int logonId, int inputHandleIndex, long objectId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.LONG_TERM_ID_FROM_ID;
    }

    static RopLongTermIdFromIdRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        long objectId = in.i64();
        return new RopLongTermIdFromIdRequest(logonId, inputHandleIndex, objectId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(objectId);
    }
}
