package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetReadFlags response, [MS-OXCROPS] 2.2.6.10.2; PartialCompletion follows every ReturnValue. */
public record RopSetReadFlagsResponse(int handleIndex, int returnValue, boolean partialCompletion)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SET_READ_FLAGS;
    }

    static RopSetReadFlagsResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        return new RopSetReadFlagsResponse(handleIndex, returnValue, RopWire.bool(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u8(partialCompletion ? 1 : 0);
    }
}
