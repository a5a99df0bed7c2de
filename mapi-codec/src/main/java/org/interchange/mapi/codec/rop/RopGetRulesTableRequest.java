package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetRulesTable request, [MS-OXCROPS] 2.2.11.2.1. */
public record RopGetRulesTableRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int tableFlags)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.GET_RULES_TABLE;
    }

    static RopGetRulesTableRequest decode(ByteReader in) {
        return new RopGetRulesTableRequest(in.u8(), in.u8(), in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(tableFlags, "TableFlags"));
    }
}
