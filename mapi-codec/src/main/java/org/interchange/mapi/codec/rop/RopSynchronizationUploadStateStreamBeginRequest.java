package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** RopSynchronizationUploadStateStreamBegin request: the ICS state property (MetaTagIdsetGiven, MetaTagCnsetSeen, ...) about to be uploaded and its size, [MS-OXCROPS] 2.2.13.9.1. */
public record RopSynchronizationUploadStateStreamBeginRequest(int logonId, int inputHandleIndex, PropertyTag stateProperty, long transferBufferSize)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_BEGIN;
    }

    static RopSynchronizationUploadStateStreamBeginRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        PropertyTag stateProperty = new PropertyTag(in.i32());
        long transferBufferSize = in.u32();
        return new RopSynchronizationUploadStateStreamBeginRequest(logonId, inputHandleIndex, stateProperty, transferBufferSize);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i32(stateProperty.value());
        out.i32((int) transferBufferSize);
    }
}
