package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetValidAttachments request, [MS-OXCROPS] 2.2.6.18.1: no fields beyond the header. */
public record RopGetValidAttachmentsRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_VALID_ATTACHMENTS;
    }

    static RopGetValidAttachmentsRequest decode(ByteReader in) {
        return new RopGetValidAttachmentsRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
