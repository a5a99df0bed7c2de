package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopLongTermIdFromId success response, [MS-OXCROPS] 2.2.3.8.2. */
public record RopLongTermIdFromIdResponse(int handleIndex, LongTermId longTermId) implements RopResponse {

    public RopLongTermIdFromIdResponse {
        Objects.requireNonNull(longTermId, "longTermId");
    }

    @Override
    public RopId ropId() {
        return RopId.LONG_TERM_ID_FROM_ID;
    }

    static RopLongTermIdFromIdResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopLongTermIdFromIdResponse(handleIndex, LongTermId.decode(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        longTermId.encode(out);
    }
}
