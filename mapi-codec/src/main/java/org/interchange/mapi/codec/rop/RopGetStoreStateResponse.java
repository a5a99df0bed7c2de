package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetStoreState success response, [MS-OXCROPS] 2.2.3.5.2. */
public record RopGetStoreStateResponse(int handleIndex, int storeState) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_STORE_STATE;
    }

    static RopGetStoreStateResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int storeState = in.i32();
        return new RopGetStoreStateResponse(handleIndex, storeState);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32(storeState);
    }
}
