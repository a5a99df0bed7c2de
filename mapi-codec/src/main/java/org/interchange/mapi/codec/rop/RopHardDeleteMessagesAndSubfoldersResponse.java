package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopHardDeleteMessagesAndSubfolders response; PartialCompletion follows every ReturnValue, [MS-OXCROPS] 2.2.4.10.2. */
public record RopHardDeleteMessagesAndSubfoldersResponse(int handleIndex, int returnValue, boolean partialCompletion)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.HARD_DELETE_MESSAGES_AND_SUBFOLDERS;
    }

    static RopHardDeleteMessagesAndSubfoldersResponse decode(ByteReader in, int handleIndex, int returnValue,
                                                             ResponseContext context) {
        return new RopHardDeleteMessagesAndSubfoldersResponse(handleIndex, returnValue, RopWire.bool(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u8(partialCompletion ? 1 : 0);
    }
}
