package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopCopyToStream response, [MS-OXCROPS] 2.2.9.8.2 and 2.2.9.8.3: ReadByteCount and WrittenByteCount
 * follow every ReturnValue; with ecDstNullObject (0x00000503) the DestHandleIndex (4 bytes) comes
 * first. {@code destHandleIndex} is meaningful only for ecDstNullObject.
 */
public record RopCopyToStreamResponse(int handleIndex, int returnValue, long destHandleIndex, long readByteCount,
                                      long writtenByteCount) implements RopResponse {

    public RopCopyToStreamResponse {
        RopWire.requireDestOnlyForNullObject(returnValue, destHandleIndex, "RopCopyToStream");
    }

    @Override
    public RopId ropId() {
        return RopId.COPY_TO_STREAM;
    }

    static RopCopyToStreamResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        long dest = returnValue == RopWire.EC_DST_NULL_OBJECT ? in.u32() : 0;
        return new RopCopyToStreamResponse(handleIndex, returnValue, dest, in.i64(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        if (returnValue == RopWire.EC_DST_NULL_OBJECT) {
            out.i32((int) destHandleIndex);
        }
        out.i64(readByteCount).i64(writtenByteCount);
    }
}
