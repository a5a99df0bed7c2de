package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopAbort success response, [MS-OXCROPS] 2.2.5.5.2: the TableStatus. */
public record RopAbortResponse(int handleIndex, int tableStatus)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.ABORT;
    }

    static RopAbortResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopAbortResponse(handleIndex, in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(tableStatus, "TableStatus"));
    }
}
