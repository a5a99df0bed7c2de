package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationConfigure success response, [MS-OXCROPS] 2.2.13.1.2. */
public record RopSynchronizationConfigureResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_CONFIGURE;
    }

    static RopSynchronizationConfigureResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationConfigureResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
