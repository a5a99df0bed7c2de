package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopUpdateDeferredActionMessages response, [MS-OXCROPS] 2.2.11.3.2: no fields beyond the header. */
public record RopUpdateDeferredActionMessagesResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.UPDATE_DEFERRED_ACTION_MESSAGES;
    }

    static RopUpdateDeferredActionMessagesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopUpdateDeferredActionMessagesResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
