package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopDeleteFolder response; PartialCompletion follows every ReturnValue, [MS-OXCROPS] 2.2.4.3.2. */
public record RopDeleteFolderResponse(int handleIndex, int returnValue, boolean partialCompletion) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.DELETE_FOLDER;
    }

    static RopDeleteFolderResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        boolean partialCompletion = RopWire.bool(in);
        return new RopDeleteFolderResponse(handleIndex, returnValue, partialCompletion);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u8(partialCompletion ? 1 : 0);
    }
}
