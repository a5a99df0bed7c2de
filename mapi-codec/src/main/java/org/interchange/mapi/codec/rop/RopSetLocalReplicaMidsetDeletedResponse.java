package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetLocalReplicaMidsetDeleted response, [MS-OXCROPS] 2.2.13.12.2: no fields beyond the header. */
public record RopSetLocalReplicaMidsetDeletedResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SET_LOCAL_REPLICA_MIDSET_DELETED;
    }

    static RopSetLocalReplicaMidsetDeletedResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSetLocalReplicaMidsetDeletedResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
