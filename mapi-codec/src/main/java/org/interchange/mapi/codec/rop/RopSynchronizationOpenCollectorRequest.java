package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationOpenCollector request: opens an upload context for contents or hierarchy, [MS-OXCROPS] 2.2.13.7.1. */
public record RopSynchronizationOpenCollectorRequest(int logonId, int inputHandleIndex, int outputHandleIndex, boolean isContentsCollector)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_OPEN_COLLECTOR;
    }

    static RopSynchronizationOpenCollectorRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        boolean isContentsCollector = RopWire.bool(in);
        return new RopSynchronizationOpenCollectorRequest(logonId, inputHandleIndex, outputHandleIndex, isContentsCollector);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(isContentsCollector ? 1 : 0);
    }
}
