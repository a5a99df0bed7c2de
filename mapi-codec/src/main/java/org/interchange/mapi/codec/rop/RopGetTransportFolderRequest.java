package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetTransportFolder request, [MS-OXCROPS] 2.2.7.8.1: no fields beyond the header. */
public record RopGetTransportFolderRequest(int logonId, int inputHandleIndex) implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_TRANSPORT_FOLDER;
    }

    static RopGetTransportFolderRequest decode(ByteReader in) {
        return new RopGetTransportFolderRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
