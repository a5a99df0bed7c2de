package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopWritePerUserInformation response, [MS-OXCROPS] 2.2.3.13.2: no fields beyond the header. */
public record RopWritePerUserInformationResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.WRITE_PER_USER_INFORMATION;
    }

    static RopWritePerUserInformationResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopWritePerUserInformationResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
