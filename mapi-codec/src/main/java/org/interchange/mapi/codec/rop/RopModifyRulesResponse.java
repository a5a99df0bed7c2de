package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopModifyRules response, [MS-OXCROPS] 2.2.11.1.2: no fields beyond the header. */
public record RopModifyRulesResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.MODIFY_RULES;
    }

    static RopModifyRulesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopModifyRulesResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
