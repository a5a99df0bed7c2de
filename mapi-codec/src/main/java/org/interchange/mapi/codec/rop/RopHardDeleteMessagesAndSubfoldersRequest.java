package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopHardDeleteMessagesAndSubfolders request, [MS-OXCROPS] 2.2.4.10.1: WantAsynchronous and
 * WantDeleteAssociated.
 */
public record RopHardDeleteMessagesAndSubfoldersRequest(int logonId, int inputHandleIndex,
        boolean wantAsynchronous, boolean wantDeleteAssociated)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.HARD_DELETE_MESSAGES_AND_SUBFOLDERS;
    }

    static RopHardDeleteMessagesAndSubfoldersRequest decode(ByteReader in) {
        return new RopHardDeleteMessagesAndSubfoldersRequest(in.u8(), in.u8(), RopWire.bool(in), RopWire.bool(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(wantAsynchronous ? 1 : 0);
        out.u8(wantDeleteAssociated ? 1 : 0);
    }
}
