package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopMoveFolder response, [MS-OXCROPS] 2.2.4.7.2 and 2.2.4.7.3: PartialCompletion follows every
 * ReturnValue; with ecDstNullObject (0x00000503) the DestHandleIndex (4 bytes) comes first.
 */
public record RopMoveFolderResponse(int handleIndex, int returnValue, long destHandleIndex, boolean partialCompletion)
        implements RopResponse {

    public RopMoveFolderResponse {
        RopWire.requireDestOnlyForNullObject(returnValue, destHandleIndex, "RopMoveFolder");
    }

    @Override
    public RopId ropId() {
        return RopId.MOVE_FOLDER;
    }

    static RopMoveFolderResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        long dest = returnValue == RopWire.EC_DST_NULL_OBJECT ? in.u32() : 0;
        return new RopMoveFolderResponse(handleIndex, returnValue, dest, RopWire.bool(in));
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
