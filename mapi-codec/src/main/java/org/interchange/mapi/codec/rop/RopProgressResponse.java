package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopProgress success response, [MS-OXCROPS] 2.2.8.13.2: LogonId, CompletedTaskCount and TotalTaskCount. */
public record RopProgressResponse(int handleIndex, int logonId, long completedTaskCount, long totalTaskCount)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.PROGRESS;
    }

    static RopProgressResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopProgressResponse(handleIndex, in.u8(), in.u32(), in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(logonId, "LogonId")).i32((int) completedTaskCount).i32((int) totalTaskCount);
    }
}
