package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetReceiveFolderTable request, [MS-OXCROPS] 2.2.3.4.1: no fields beyond the header. */
public record RopGetReceiveFolderTableRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_RECEIVE_FOLDER_TABLE;
    }

    static RopGetReceiveFolderTableRequest decode(ByteReader in) {
        return new RopGetReceiveFolderTableRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
