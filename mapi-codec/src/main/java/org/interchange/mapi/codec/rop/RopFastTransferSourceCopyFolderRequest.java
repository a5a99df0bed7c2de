package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopFastTransferSourceCopyFolder request, [MS-OXCROPS] 2.2.12.5.1: the download context goes to
 * OutputHandleIndex; CopyFlags and SendOptions.
 */
public record RopFastTransferSourceCopyFolderRequest(int logonId, int inputHandleIndex, int outputHandleIndex,
        int copyFlags, int sendOptions)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_COPY_FOLDER;
    }

    static RopFastTransferSourceCopyFolderRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        int copyFlags = in.u8();
        int sendOptions = in.u8();
        return new RopFastTransferSourceCopyFolderRequest(logonId, inputHandleIndex, outputHandleIndex, copyFlags, sendOptions);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(copyFlags, "CopyFlags"));
        out.u8(RopWire.u8(sendOptions, "SendOptions"));
    }
}
