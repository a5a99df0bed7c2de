package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetPermissionsTable request (TableFlags 0x02 IncludeFreeBusy), [MS-OXCROPS] 2.2.10.2.1. */
public record RopGetPermissionsTableRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int tableFlags)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.GET_PERMISSIONS_TABLE;
    }

    static RopGetPermissionsTableRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        int tableFlags = in.u8();
        return new RopGetPermissionsTableRequest(logonId, inputHandleIndex, outputHandleIndex, tableFlags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(tableFlags, "TableFlags"));
    }
}
