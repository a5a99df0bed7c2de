package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetAttachmentTable request, [MS-OXCROPS] 2.2.6.17.1. */
public record RopGetAttachmentTableRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int tableFlags)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.GET_ATTACHMENT_TABLE;
    }

    static RopGetAttachmentTableRequest decode(ByteReader in) {
        return new RopGetAttachmentTableRequest(in.u8(), in.u8(), in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(tableFlags, "TableFlags"));
    }
}
