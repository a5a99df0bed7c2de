package org.interchange.mapi.codec.rop;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopGetPerUserGuid success response, [MS-OXCROPS] 2.2.3.11.2: the DatabaseGuid the folder's per-user data
 * belongs to.
 */
public record RopGetPerUserGuidResponse(int handleIndex, UUID databaseGuid)
        implements RopResponse {

    public RopGetPerUserGuidResponse {
        Objects.requireNonNull(databaseGuid, "databaseGuid");
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PER_USER_GUID;
    }

    static RopGetPerUserGuidResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetPerUserGuidResponse(handleIndex, in.guid());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.guid(databaseGuid);
    }
}
