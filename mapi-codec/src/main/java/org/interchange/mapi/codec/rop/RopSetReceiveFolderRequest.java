package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSetReceiveFolder request, [MS-OXCROPS] 2.2.3.3.1: FolderId and the null-terminated 8-bit MessageClass it
 * receives.
 */
public record RopSetReceiveFolderRequest(int logonId, int inputHandleIndex, long folderId, String messageClass)
        implements RopRequest {

    public RopSetReceiveFolderRequest {
        Objects.requireNonNull(messageClass, "messageClass");
    }

    @Override
    public RopId ropId() {
        return RopId.SET_RECEIVE_FOLDER;
    }

    static RopSetReceiveFolderRequest decode(ByteReader in) {
        return new RopSetReceiveFolderRequest(in.u8(), in.u8(), in.i64(), in.ascii8z());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(folderId);
        out.ascii8z(messageClass);
    }
}
