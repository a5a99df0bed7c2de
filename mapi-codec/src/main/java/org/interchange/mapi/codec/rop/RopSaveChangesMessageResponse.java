package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSaveChangesMessage success response, [MS-OXCROPS] 2.2.6.3.2: sent at ResponseHandleIndex,
 * it repeats InputHandleIndex and gives the saved message's id.
 */
public record RopSaveChangesMessageResponse(int handleIndex, int inputHandleIndex, long messageId)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SAVE_CHANGES_MESSAGE;
    }

    static RopSaveChangesMessageResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSaveChangesMessageResponse(handleIndex, in.u8(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(inputHandleIndex, "InputHandleIndex")).i64(messageId);
    }
}
