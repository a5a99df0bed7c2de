package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopOpenAttachment success response, [MS-OXCROPS] 2.2.6.12.2. */
public record RopOpenAttachmentResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.OPEN_ATTACHMENT;
    }

    static RopOpenAttachmentResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopOpenAttachmentResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
