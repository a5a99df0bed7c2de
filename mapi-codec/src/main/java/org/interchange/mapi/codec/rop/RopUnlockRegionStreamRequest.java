package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopUnlockRegionStream request, [MS-OXCROPS] 2.2.9.10.1: RegionOffset, RegionSize and LockFlags of the lock
 * to remove.
 */
public record RopUnlockRegionStreamRequest(int logonId, int inputHandleIndex, long regionOffset, long regionSize,
        long lockFlags)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.UNLOCK_REGION_STREAM;
    }

    static RopUnlockRegionStreamRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        long regionOffset = in.i64();
        long regionSize = in.i64();
        long lockFlags = in.u32();
        return new RopUnlockRegionStreamRequest(logonId, inputHandleIndex, regionOffset, regionSize, lockFlags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(regionOffset);
        out.i64(regionSize);
        out.i32((int) lockFlags);
    }
}
