package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationUploadStateStreamEnd request, [MS-OXCROPS] 2.2.13.11.1. */
public record RopSynchronizationUploadStateStreamEndRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_END;
    }

    static RopSynchronizationUploadStateStreamEndRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        return new RopSynchronizationUploadStateStreamEndRequest(logonId, inputHandleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
