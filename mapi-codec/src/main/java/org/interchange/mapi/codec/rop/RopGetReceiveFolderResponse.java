package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetReceiveFolder success response, [MS-OXCROPS] 2.2.3.2.2. */
public record RopGetReceiveFolderResponse(int handleIndex, long folderId, String explicitMessageClass) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_RECEIVE_FOLDER;
    }

    static RopGetReceiveFolderResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long folderId = in.i64();
        String explicitMessageClass = in.ascii8z();
        return new RopGetReceiveFolderResponse(handleIndex, folderId, explicitMessageClass);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i64(folderId);
        out.ascii8z(explicitMessageClass);
    }
}
