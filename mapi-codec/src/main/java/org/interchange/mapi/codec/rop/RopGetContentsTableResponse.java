package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetContentsTable success response: the number of rows, [MS-OXCROPS] 2.2.4.14.2. */
public record RopGetContentsTableResponse(int handleIndex, long rowCount) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_CONTENTS_TABLE;
    }

    static RopGetContentsTableResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetContentsTableResponse(handleIndex, in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) rowCount);
    }
}
