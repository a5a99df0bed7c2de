package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSubmitMessage request, [MS-OXCROPS] 2.2.7.1.1. */
public record RopSubmitMessageRequest(int logonId, int inputHandleIndex, int submitFlags)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SUBMIT_MESSAGE;
    }

    static RopSubmitMessageRequest decode(ByteReader in) {
        return new RopSubmitMessageRequest(in.u8(), in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(submitFlags, "SubmitFlags"));
    }
}
