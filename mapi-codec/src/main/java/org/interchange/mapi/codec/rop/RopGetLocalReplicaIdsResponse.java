package org.interchange.mapi.codec.rop;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.ids.GlobalId;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopGetLocalReplicaIds success response, [MS-OXCROPS] 2.2.13.13.2: the REPLGUID and the first
 * GlobalCounter (6 bytes, kept as the big-endian 48-bit number) of the reserved range.
 */
public record RopGetLocalReplicaIdsResponse(int handleIndex, UUID replGuid, long globalCount) implements RopResponse {

    public RopGetLocalReplicaIdsResponse {
        Objects.requireNonNull(replGuid, "replGuid");
    }

    @Override
    public RopId ropId() {
        return RopId.GET_LOCAL_REPLICA_IDS;
    }

    static RopGetLocalReplicaIdsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        GlobalId first = GlobalId.decode(in);
        return new RopGetLocalReplicaIdsResponse(handleIndex, first.databaseGuid(), first.globalCounter());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        new GlobalId(replGuid, globalCount).encode(out);
    }
}
