package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopCopyFolder request, [MS-OXCROPS] 2.2.4.8.1: SourceHandleIndex (the input parent folder),
 * DestHandleIndex, WantAsynchronous, WantRecursive, UseUnicode, the FolderId and the NewFolderName
 * (UTF-16 when UseUnicode, else 8-bit).
 */
public record RopCopyFolderRequest(int logonId, int inputHandleIndex, int destHandleIndex, boolean wantAsynchronous,
                                   boolean wantRecursive, boolean useUnicode, long folderId, String newFolderName)
        implements RopRequest {

    public RopCopyFolderRequest {
        Objects.requireNonNull(newFolderName, "newFolderName");
    }

    @Override
    public RopId ropId() {
        return RopId.COPY_FOLDER;
    }

    static RopCopyFolderRequest decode(ByteReader in) {
        int logonId = in.u8();
        int source = in.u8();
        int dest = in.u8();
        boolean async = RopWire.bool(in);
        boolean recursive = RopWire.bool(in);
        boolean unicode = RopWire.bool(in);
        long folderId = in.i64();
        return new RopCopyFolderRequest(logonId, source, dest, async, recursive, unicode, folderId,
                RopWire.string(in, unicode));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(destHandleIndex, "DestHandleIndex")).u8(wantAsynchronous ? 1 : 0).u8(wantRecursive ? 1 : 0)
                .u8(useUnicode ? 1 : 0).i64(folderId);
        RopWire.writeString(out, newFolderName, useUnicode);
    }
}
