package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopIdFromLongTermId success response, [MS-OXCROPS] 2.2.3.9.2. */
public record RopIdFromLongTermIdResponse(int handleIndex, long objectId) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.ID_FROM_LONG_TERM_ID;
    }

    static RopIdFromLongTermIdResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long objectId = in.i64();
        return new RopIdFromLongTermIdResponse(handleIndex, objectId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i64(objectId);
    }
}
