package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetPermissionsTable success response, [MS-OXCROPS] 2.2.10.2.2. */
public record RopGetPermissionsTableResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_PERMISSIONS_TABLE;
    }

    static RopGetPermissionsTableResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetPermissionsTableResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
