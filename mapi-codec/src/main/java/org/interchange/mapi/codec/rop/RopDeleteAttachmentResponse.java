package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopDeleteAttachment success response, [MS-OXCROPS] 2.2.6.14.2. */
public record RopDeleteAttachmentResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.DELETE_ATTACHMENT;
    }

    static RopDeleteAttachmentResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopDeleteAttachmentResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
