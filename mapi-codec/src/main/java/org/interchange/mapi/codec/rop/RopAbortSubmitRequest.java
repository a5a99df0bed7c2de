package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopAbortSubmit request, [MS-OXCROPS] 2.2.7.2.1: the folder and message whose submission to cancel. */
public record RopAbortSubmitRequest(int logonId, int inputHandleIndex, long folderId, long messageId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.ABORT_SUBMIT;
    }

    static RopAbortSubmitRequest decode(ByteReader in) {
        return new RopAbortSubmitRequest(in.u8(), in.u8(), in.i64(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(folderId).i64(messageId);
    }
}
