package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationUploadStateStreamBegin success response, [MS-OXCROPS] 2.2.13.9.2. */
public record RopSynchronizationUploadStateStreamBeginResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_BEGIN;
    }

    static RopSynchronizationUploadStateStreamBeginResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationUploadStateStreamBeginResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
