package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopFastTransferSourceCopyTo success response, [MS-OXCROPS] 2.2.12.7.2: no fields beyond the header. */
public record RopFastTransferSourceCopyToResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_COPY_TO;
    }

    static RopFastTransferSourceCopyToResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopFastTransferSourceCopyToResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
