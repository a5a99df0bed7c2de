package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopCopyFolder response, [MS-OXCROPS] 2.2.4.8.2 and 2.2.4.8.3: PartialCompletion follows every
 * ReturnValue; with ecDstNullObject (0x00000503) the DestHandleIndex (4 bytes) comes first.
 */
public record RopCopyFolderResponse(int handleIndex, int returnValue, long destHandleIndex, boolean partialCompletion)
        implements RopResponse {

    public RopCopyFolderResponse {
        RopWire.requireDestOnlyForNullObject(returnValue, destHandleIndex, "RopCopyFolder");
    }

    @Override
    public RopId ropId() {
        return RopId.COPY_FOLDER;
    }

    static RopCopyFolderResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        long dest = returnValue == RopWire.EC_DST_NULL_OBJECT ? in.u32() : 0;
        return new RopCopyFolderResponse(handleIndex, returnValue, dest, RopWire.bool(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        if (returnValue == RopWire.EC_DST_NULL_OBJECT) {
            out.i32((int) destHandleIndex);
        }
        out.u8(partialCompletion ? 1 : 0);
    }
}
