package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetContentsTable request, [MS-OXCROPS] 2.2.4.14.1. */
public record RopGetContentsTableRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int tableFlags)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.GET_CONTENTS_TABLE;
    }

    static RopGetContentsTableRequest decode(ByteReader in) {
        return new RopGetContentsTableRequest(in.u8(), in.u8(), in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(tableFlags, "TableFlags"));
    }
}
