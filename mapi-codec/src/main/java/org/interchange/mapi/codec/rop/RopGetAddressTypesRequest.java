package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetAddressTypes request, [MS-OXCROPS] 2.2.7.3.1: no fields beyond the header. */
public record RopGetAddressTypesRequest(int logonId, int inputHandleIndex) implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_ADDRESS_TYPES;
    }

    static RopGetAddressTypesRequest decode(ByteReader in) {
        return new RopGetAddressTypesRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
