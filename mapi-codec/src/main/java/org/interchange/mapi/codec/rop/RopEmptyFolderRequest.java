package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopEmptyFolder request, [MS-OXCROPS] 2.2.4.9.1. */
public record RopEmptyFolderRequest(int logonId, int inputHandleIndex, boolean wantAsynchronous, boolean wantDeleteAssociated)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.EMPTY_FOLDER;
    }

    static RopEmptyFolderRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        boolean wantAsynchronous = RopWire.bool(in);
        boolean wantDeleteAssociated = RopWire.bool(in);
        return new RopEmptyFolderRequest(logonId, inputHandleIndex, wantAsynchronous, wantDeleteAssociated);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(wantAsynchronous ? 1 : 0);
        out.u8(wantDeleteAssociated ? 1 : 0);
    }
}
