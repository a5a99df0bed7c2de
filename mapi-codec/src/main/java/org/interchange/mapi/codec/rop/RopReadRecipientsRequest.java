package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopReadRecipients request, [MS-OXCROPS] 2.2.6.6.1: recipients from RowId on. */
public record RopReadRecipientsRequest(int logonId, int inputHandleIndex, long rowId, int reserved)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.READ_RECIPIENTS;
    }

    static RopReadRecipientsRequest decode(ByteReader in) {
        return new RopReadRecipientsRequest(in.u8(), in.u8(), in.u32(), in.u16());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i32((int) rowId).u16(RopWire.u16(reserved, "Reserved"));
    }
}
