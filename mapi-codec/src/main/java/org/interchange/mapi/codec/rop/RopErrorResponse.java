package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The failure response shared by ROPs, [MS-OXCROPS] 2.2.1 (the "Failure Response Buffer" of each
 * ROP): RopId, handle index and a non-zero ReturnValue, nothing else.
 */
public record RopErrorResponse(RopId ropId, int handleIndex, int returnValue) implements RopResponse {

    public RopErrorResponse {
        Objects.requireNonNull(ropId, "ropId");
        if (returnValue == 0) {
            throw new MapiCodecException("an error response for " + ropId + " needs a non-zero ReturnValue");
        }
    }

    /** The failure response for {@code request}, at the index its response must echo. */
    public static RopErrorResponse of(RopRequest request, int returnValue) {
        return new RopErrorResponse(request.ropId(), request.responseHandleIndex(), returnValue);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId, handleIndex, returnValue);
    }
}
