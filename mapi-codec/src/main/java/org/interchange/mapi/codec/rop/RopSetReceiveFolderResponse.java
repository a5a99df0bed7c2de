package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetReceiveFolder response, [MS-OXCROPS] 2.2.3.3.2: no fields beyond the header. */
public record RopSetReceiveFolderResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SET_RECEIVE_FOLDER;
    }

    static RopSetReceiveFolderResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSetReceiveFolderResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
