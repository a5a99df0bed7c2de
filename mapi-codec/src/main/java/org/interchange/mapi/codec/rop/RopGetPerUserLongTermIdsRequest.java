package org.interchange.mapi.codec.rop;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetPerUserLongTermIds request, [MS-OXCROPS] 2.2.3.10.1: the DatabaseGuid of a public folder database. */
public record RopGetPerUserLongTermIdsRequest(int logonId, int inputHandleIndex, UUID databaseGuid)
        implements RopRequest {

    public RopGetPerUserLongTermIdsRequest {
        Objects.requireNonNull(databaseGuid, "databaseGuid");
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PER_USER_LONG_TERM_IDS;
    }

    static RopGetPerUserLongTermIdsRequest decode(ByteReader in) {
        return new RopGetPerUserLongTermIdsRequest(in.u8(), in.u8(), in.guid());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.guid(databaseGuid);
    }
}
