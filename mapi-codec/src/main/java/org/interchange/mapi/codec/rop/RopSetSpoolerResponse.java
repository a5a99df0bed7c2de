package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetSpooler success response, [MS-OXCROPS] 2.2.7.4.2: no fields beyond the header. */
public record RopSetSpoolerResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SET_SPOOLER;
    }

    static RopSetSpoolerResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSetSpoolerResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
