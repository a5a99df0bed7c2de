package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopRemoveAllRecipients success response, [MS-OXCROPS] 2.2.6.4.2. */
public record RopRemoveAllRecipientsResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.REMOVE_ALL_RECIPIENTS;
    }

    static RopRemoveAllRecipientsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopRemoveAllRecipientsResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
