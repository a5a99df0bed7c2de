package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopIdFromLongTermId request, [MS-OXCROPS] 2.2.3.9.1. */
public record RopIdFromLongTermIdRequest(int logonId, int inputHandleIndex, LongTermId longTermId)
        implements RopRequest {

    public RopIdFromLongTermIdRequest {
        Objects.requireNonNull(longTermId, "longTermId");
    }

    @Override
    public RopId ropId() {
        return RopId.ID_FROM_LONG_TERM_ID;
    }

    static RopIdFromLongTermIdRequest decode(ByteReader in) {
        return new RopIdFromLongTermIdRequest(in.u8(), in.u8(), LongTermId.decode(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        longTermId.encode(out);
    }
}
