package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopModifyRecipients success response, [MS-OXCROPS] 2.2.6.5.2. */
public record RopModifyRecipientsResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.MODIFY_RECIPIENTS;
    }

    static RopModifyRecipientsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopModifyRecipientsResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
