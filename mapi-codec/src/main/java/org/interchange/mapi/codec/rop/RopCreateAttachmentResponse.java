package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCreateAttachment success response, [MS-OXCROPS] 2.2.6.13.2. */
public record RopCreateAttachmentResponse(int handleIndex, long attachmentId) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.CREATE_ATTACHMENT;
    }

    static RopCreateAttachmentResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long attachmentId = in.u32();
        return new RopCreateAttachmentResponse(handleIndex, attachmentId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) attachmentId);
    }
}
