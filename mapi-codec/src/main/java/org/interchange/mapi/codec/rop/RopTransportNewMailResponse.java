package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopTransportNewMail success response, [MS-OXCROPS] 2.2.7.7.2: no fields beyond the header. */
public record RopTransportNewMailResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.TRANSPORT_NEW_MAIL;
    }

    static RopTransportNewMailResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopTransportNewMailResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
