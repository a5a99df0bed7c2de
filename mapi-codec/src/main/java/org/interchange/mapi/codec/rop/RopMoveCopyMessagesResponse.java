package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopMoveCopyMessages response, [MS-OXCROPS] 2.2.4.6.2 and 2.2.4.6.3: PartialCompletion follows
 * every ReturnValue; with ecDstNullObject (0x00000503) the DestHandleIndex (4 bytes) comes first.
 * {@code destHandleIndex} is meaningful only for ecDstNullObject.
 */
public record RopMoveCopyMessagesResponse(int handleIndex, int returnValue, long destHandleIndex,
                                          boolean partialCompletion) implements RopResponse {
    public static final int EC_DST_NULL_OBJECT = 0x00000503;

    public RopMoveCopyMessagesResponse {
        if (returnValue != EC_DST_NULL_OBJECT && destHandleIndex != 0) {
            throw new MapiCodecException("RopMoveCopyMessages sends DestHandleIndex only with ecDstNullObject");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.MOVE_COPY_MESSAGES;
    }

    static RopMoveCopyMessagesResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        long dest = returnValue == EC_DST_NULL_OBJECT ? in.u32() : 0;
        return new RopMoveCopyMessagesResponse(handleIndex, returnValue, dest, RopWire.bool(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        if (returnValue == EC_DST_NULL_OBJECT) {
            out.i32((int) destHandleIndex);
        }
        out.u8(partialCompletion ? 1 : 0);
    }
}
