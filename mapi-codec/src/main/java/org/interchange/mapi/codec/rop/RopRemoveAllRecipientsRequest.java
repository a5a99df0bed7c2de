package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopRemoveAllRecipients request; Reserved is kept so that buffers re-encode exactly, [MS-OXCROPS] 2.2.6.4.1. */
public record RopRemoveAllRecipientsRequest(int logonId, int inputHandleIndex, int reserved)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.REMOVE_ALL_RECIPIENTS;
    }

    static RopRemoveAllRecipientsRequest decode(ByteReader in) {
        return new RopRemoveAllRecipientsRequest(in.u8(), in.u8(), in.i32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i32(reserved);
    }
}
