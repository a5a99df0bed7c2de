package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopFastTransferDestinationConfigure success response, [MS-OXCROPS] 2.2.12.1.2: no fields beyond the header. */
public record RopFastTransferDestinationConfigureResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_DESTINATION_CONFIGURE;
    }

    static RopFastTransferDestinationConfigureResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopFastTransferDestinationConfigureResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
