package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationUploadStateStreamContinue success response, [MS-OXCROPS] 2.2.13.10.2. */
public record RopSynchronizationUploadStateStreamContinueResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_CONTINUE;
    }

    static RopSynchronizationUploadStateStreamContinueResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationUploadStateStreamContinueResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
