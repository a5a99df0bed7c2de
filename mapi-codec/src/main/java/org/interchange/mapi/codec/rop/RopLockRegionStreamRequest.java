package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopLockRegionStream request, [MS-OXCROPS] 2.2.9.9.1: RegionOffset, RegionSize and LockFlags. */
public record RopLockRegionStreamRequest(int logonId, int inputHandleIndex, long regionOffset, long regionSize,
        long lockFlags)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.LOCK_REGION_STREAM;
    }

    static RopLockRegionStreamRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        long regionOffset = in.i64();
        long regionSize = in.i64();
        long lockFlags = in.u32();
        return new RopLockRegionStreamRequest(logonId, inputHandleIndex, regionOffset, regionSize, lockFlags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(regionOffset);
        out.i64(regionSize);
        out.i32((int) lockFlags);
    }
}
