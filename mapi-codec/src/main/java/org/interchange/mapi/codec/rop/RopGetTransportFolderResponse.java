package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetTransportFolder success response, [MS-OXCROPS] 2.2.7.8.2: the FolderId of the transport (Outbox) folder. */
public record RopGetTransportFolderResponse(int handleIndex, long folderId) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_TRANSPORT_FOLDER;
    }

    static RopGetTransportFolderResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetTransportFolderResponse(handleIndex, in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i64(folderId);
    }
}
