package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetHierarchyTable success response: the number of rows (subfolders), [MS-OXCROPS] 2.2.4.13.2. */
public record RopGetHierarchyTableResponse(int handleIndex, long rowCount) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_HIERARCHY_TABLE;
    }

    static RopGetHierarchyTableResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetHierarchyTableResponse(handleIndex, in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) rowCount);
    }
}
