package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCreateMessage request: creates a message in the folder FolderId (AssociatedFlag for folder-associated information), [MS-OXCROPS] 2.2.6.2.1. */
public record RopCreateMessageRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int codePageId, long folderId, boolean associatedFlag)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.CREATE_MESSAGE;
    }

    static RopCreateMessageRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        int codePageId = in.u16();
        long folderId = in.i64();
        boolean associatedFlag = RopWire.bool(in);
        return new RopCreateMessageRequest(logonId, inputHandleIndex, outputHandleIndex, codePageId, folderId, associatedFlag);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u16(RopWire.u16(codePageId, "CodePageId"));
        out.i64(folderId);
        out.u8(associatedFlag ? 1 : 0);
    }
}
