package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetOwningServers request, [MS-OXCROPS] 2.2.3.6.1: the FolderId of a public folder. */
public record RopGetOwningServersRequest(int logonId, int inputHandleIndex, long folderId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_OWNING_SERVERS;
    }

    static RopGetOwningServersRequest decode(ByteReader in) {
        return new RopGetOwningServersRequest(in.u8(), in.u8(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(folderId);
    }
}
