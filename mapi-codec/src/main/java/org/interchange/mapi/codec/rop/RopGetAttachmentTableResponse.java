package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetAttachmentTable success response, [MS-OXCROPS] 2.2.6.17.2. */
public record RopGetAttachmentTableResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_ATTACHMENT_TABLE;
    }

    static RopGetAttachmentTableResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetAttachmentTableResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
