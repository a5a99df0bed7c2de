package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopPublicFolderIsGhosted request, [MS-OXCROPS] 2.2.3.7.1: the FolderId of a public folder. */
public record RopPublicFolderIsGhostedRequest(int logonId, int inputHandleIndex, long folderId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.PUBLIC_FOLDER_IS_GHOSTED;
    }

    static RopPublicFolderIsGhostedRequest decode(ByteReader in) {
        return new RopPublicFolderIsGhostedRequest(in.u8(), in.u8(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(folderId);
    }
}
