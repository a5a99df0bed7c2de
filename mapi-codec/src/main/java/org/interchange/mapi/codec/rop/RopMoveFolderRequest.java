package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopMoveFolder request, [MS-OXCROPS] 2.2.4.7.1: SourceHandleIndex (the input parent folder),
 * DestHandleIndex, WantAsynchronous, UseUnicode, the FolderId and the NewFolderName (UTF-16 when
 * UseUnicode, else 8-bit).
 */
public record RopMoveFolderRequest(int logonId, int inputHandleIndex, int destHandleIndex, boolean wantAsynchronous,
                                   boolean useUnicode, long folderId, String newFolderName) implements RopRequest {

    public RopMoveFolderRequest {
        Objects.requireNonNull(newFolderName, "newFolderName");
    }

    @Override
    public RopId ropId() {
        return RopId.MOVE_FOLDER;
    }

    static RopMoveFolderRequest decode(ByteReader in) {
        int logonId = in.u8();
        int source = in.u8();
        int dest = in.u8();
        boolean async = RopWire.bool(in);
        boolean unicode = RopWire.bool(in);
        long folderId = in.i64();
        return new RopMoveFolderRequest(logonId, source, dest, async, unicode, folderId, RopWire.string(in, unicode));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(destHandleIndex, "DestHandleIndex")).u8(wantAsynchronous ? 1 : 0).u8(useUnicode ? 1 : 0)
                .i64(folderId);
        RopWire.writeString(out, newFolderName, useUnicode);
    }
}
