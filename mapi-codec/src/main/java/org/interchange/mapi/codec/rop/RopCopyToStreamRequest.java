package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopCopyToStream request, [MS-OXCROPS] 2.2.9.8.1: SourceHandleIndex (the input stream), DestHandleIndex and
 * ByteCount.
 */
public record RopCopyToStreamRequest(int logonId, int inputHandleIndex, int destHandleIndex, long byteCount)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.COPY_TO_STREAM;
    }

    static RopCopyToStreamRequest decode(ByteReader in) {
        return new RopCopyToStreamRequest(in.u8(), in.u8(), in.u8(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(destHandleIndex, "DestHandleIndex"));
        out.i64(byteCount);
    }
}
