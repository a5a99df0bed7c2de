package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSaveChangesMessage request, [MS-OXCROPS] 2.2.6.3.1: ResponseHandleIndex comes before
 * InputHandleIndex; SaveFlags 0x01 KeepOpenReadOnly, 0x02 KeepOpenReadWrite, 0x0A ForceSave.
 */
public record RopSaveChangesMessageRequest(int logonId, int responseHandleIndex, int inputHandleIndex, int saveFlags)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SAVE_CHANGES_MESSAGE;
    }

    @Override
    public int responseHandleIndex() {
        return responseHandleIndex;
    }

    static RopSaveChangesMessageRequest decode(ByteReader in) {
        return new RopSaveChangesMessageRequest(in.u8(), in.u8(), in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, responseHandleIndex);
        out.u8(RopWire.u8(inputHandleIndex, "InputHandleIndex")).u8(RopWire.u8(saveFlags, "SaveFlags"));
    }
}
