package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetRulesTable success response, [MS-OXCROPS] 2.2.11.2.2. */
public record RopGetRulesTableResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_RULES_TABLE;
    }

    static RopGetRulesTableResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetRulesTableResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
