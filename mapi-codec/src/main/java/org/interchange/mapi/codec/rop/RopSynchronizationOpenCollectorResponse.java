package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationOpenCollector success response, [MS-OXCROPS] 2.2.13.7.2. */
public record RopSynchronizationOpenCollectorResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_OPEN_COLLECTOR;
    }

    static RopSynchronizationOpenCollectorResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationOpenCollectorResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
