package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopOpenFolder request, [MS-OXCROPS] 2.2.4.1.1. */
public record RopOpenFolderRequest(int logonId, int inputHandleIndex, int outputHandleIndex, long folderId, int openModeFlags)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.OPEN_FOLDER;
    }

    static RopOpenFolderRequest decode(ByteReader in) {
        return new RopOpenFolderRequest(in.u8(), in.u8(), in.u8(), in.i64(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.i64(folderId);
        out.u8(RopWire.u8(openModeFlags, "OpenModeFlags"));
    }
}
