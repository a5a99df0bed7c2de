package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopFastTransferSourceCopyProperties success response, [MS-OXCROPS] 2.2.12.8.2: no fields beyond the header. */
public record RopFastTransferSourceCopyPropertiesResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_COPY_PROPERTIES;
    }

    static RopFastTransferSourceCopyPropertiesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopFastTransferSourceCopyPropertiesResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
