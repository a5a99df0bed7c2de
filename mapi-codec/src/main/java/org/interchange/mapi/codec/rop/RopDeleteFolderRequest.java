package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopDeleteFolder request (DeleteFolderFlags 0x01 DEL_MESSAGES, 0x04 DEL_FOLDERS, 0x10 DELETE_HARD_DELETE), [MS-OXCROPS] 2.2.4.3.1. */
public record RopDeleteFolderRequest(int logonId, int inputHandleIndex, int deleteFolderFlags, long folderId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.DELETE_FOLDER;
    }

    static RopDeleteFolderRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int deleteFolderFlags = in.u8();
        long folderId = in.i64();
        return new RopDeleteFolderRequest(logonId, inputHandleIndex, deleteFolderFlags, folderId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(deleteFolderFlags, "DeleteFolderFlags"));
        out.i64(folderId);
    }
}
