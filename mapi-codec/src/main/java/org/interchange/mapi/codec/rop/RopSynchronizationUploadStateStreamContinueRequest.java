package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationUploadStateStreamContinue request, [MS-OXCROPS] 2.2.13.10.1: the next part of the state stream (32-bit size). */
public record RopSynchronizationUploadStateStreamContinueRequest(int logonId, int inputHandleIndex, byte[] streamData)
        implements RopRequest {

    public RopSynchronizationUploadStateStreamContinueRequest {
        streamData = streamData.clone();
    }

    @Override
    public byte[] streamData() {
        return streamData.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_CONTINUE;
    }

    static RopSynchronizationUploadStateStreamContinueRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        long size = in.u32();
        in.require((int) Math.min(size, Integer.MAX_VALUE), "RopSynchronizationUploadStateStreamContinue StreamData");
        return new RopSynchronizationUploadStateStreamContinueRequest(logonId, index, in.bytes((int) size));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i32(streamData.length).bytes(streamData);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSynchronizationUploadStateStreamContinueRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex && Arrays.equals(r.streamData, streamData);
    }

    @Override
    public int hashCode() {
        return (logonId * 31 + inputHandleIndex) * 31 + Arrays.hashCode(streamData);
    }

    @Override
    public String toString() {
        return "RopSynchronizationUploadStateStreamContinueRequest[logonId=" + logonId + ", inputHandleIndex="
                + inputHandleIndex + ", streamData=" + streamData.length + " bytes]";
    }
}
