package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSaveChangesAttachment request, [MS-OXCROPS] 2.2.6.15.1: ResponseHandleIndex comes before
 * InputHandleIndex, then SaveFlags.
 */
public record RopSaveChangesAttachmentRequest(int logonId, int responseHandleIndex, int inputHandleIndex,
                                              int saveFlags) implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SAVE_CHANGES_ATTACHMENT;
    }

    @Override
    public int responseHandleIndex() {
        return responseHandleIndex;
    }

    static RopSaveChangesAttachmentRequest decode(ByteReader in) {
        return new RopSaveChangesAttachmentRequest(in.u8(), in.u8(), in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, responseHandleIndex);
        out.u8(RopWire.u8(inputHandleIndex, "InputHandleIndex")).u8(RopWire.u8(saveFlags, "SaveFlags"));
    }
}
