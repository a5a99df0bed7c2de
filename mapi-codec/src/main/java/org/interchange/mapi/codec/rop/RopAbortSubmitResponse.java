package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopAbortSubmit success response, [MS-OXCROPS] 2.2.7.2.2: no fields beyond the header. */
public record RopAbortSubmitResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.ABORT_SUBMIT;
    }

    static RopAbortSubmitResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopAbortSubmitResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
