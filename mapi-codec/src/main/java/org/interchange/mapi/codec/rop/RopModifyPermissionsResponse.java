package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopModifyPermissions response, [MS-OXCROPS] 2.2.10.2.2: no fields beyond the header. */
public record RopModifyPermissionsResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.MODIFY_PERMISSIONS;
    }

    static RopModifyPermissionsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopModifyPermissionsResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
