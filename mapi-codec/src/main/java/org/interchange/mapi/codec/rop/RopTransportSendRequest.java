package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopTransportSend request, [MS-OXCROPS] 2.2.7.6.1: no fields beyond the header. */
public record RopTransportSendRequest(int logonId, int inputHandleIndex) implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.TRANSPORT_SEND;
    }

    static RopTransportSendRequest decode(ByteReader in) {
        return new RopTransportSendRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
