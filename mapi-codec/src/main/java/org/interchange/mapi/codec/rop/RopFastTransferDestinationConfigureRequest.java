package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopFastTransferDestinationConfigure request, [MS-OXCROPS] 2.2.12.1.1: the upload context goes to
 * OutputHandleIndex; SourceOperation and CopyFlags.
 */
public record RopFastTransferDestinationConfigureRequest(int logonId, int inputHandleIndex, int outputHandleIndex,
        int sourceOperation, int copyFlags)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_DESTINATION_CONFIGURE;
    }

    static RopFastTransferDestinationConfigureRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        int sourceOperation = in.u8();
        int copyFlags = in.u8();
        return new RopFastTransferDestinationConfigureRequest(logonId, inputHandleIndex, outputHandleIndex, sourceOperation, copyFlags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(sourceOperation, "SourceOperation"));
        out.u8(RopWire.u8(copyFlags, "CopyFlags"));
    }
}
