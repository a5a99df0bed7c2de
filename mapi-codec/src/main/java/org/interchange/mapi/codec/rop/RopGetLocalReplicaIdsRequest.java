package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetLocalReplicaIds request: how many ids to reserve, [MS-OXCROPS] 2.2.13.13.1. */
public record RopGetLocalReplicaIdsRequest(int logonId, int inputHandleIndex, long idCount)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_LOCAL_REPLICA_IDS;
    }

    static RopGetLocalReplicaIdsRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        long idCount = in.u32();
        return new RopGetLocalReplicaIdsRequest(logonId, inputHandleIndex, idCount);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i32((int) idCount);
    }
}
