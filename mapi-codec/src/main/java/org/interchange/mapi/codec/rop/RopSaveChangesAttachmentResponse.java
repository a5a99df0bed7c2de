package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSaveChangesAttachment success response, [MS-OXCROPS] 2.2.6.15.2, sent at ResponseHandleIndex. */
public record RopSaveChangesAttachmentResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SAVE_CHANGES_ATTACHMENT;
    }

    static RopSaveChangesAttachmentResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSaveChangesAttachmentResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
