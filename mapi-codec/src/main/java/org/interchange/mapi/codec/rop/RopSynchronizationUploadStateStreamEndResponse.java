package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationUploadStateStreamEnd success response, [MS-OXCROPS] 2.2.13.11.2. */
public record RopSynchronizationUploadStateStreamEndResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_END;
    }

    static RopSynchronizationUploadStateStreamEndResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationUploadStateStreamEndResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
