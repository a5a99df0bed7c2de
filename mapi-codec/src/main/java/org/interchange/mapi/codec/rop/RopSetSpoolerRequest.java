package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetSpooler request, [MS-OXCROPS] 2.2.7.4.1: no fields beyond the header. */
public record RopSetSpoolerRequest(int logonId, int inputHandleIndex) implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SET_SPOOLER;
    }

    static RopSetSpoolerRequest decode(ByteReader in) {
        return new RopSetSpoolerRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
