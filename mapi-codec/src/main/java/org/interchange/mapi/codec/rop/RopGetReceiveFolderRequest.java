package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetReceiveFolder request: the message class whose receive folder is asked for, [MS-OXCROPS] 2.2.3.2.1. */
public record RopGetReceiveFolderRequest(int logonId, int inputHandleIndex, String messageClass)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_RECEIVE_FOLDER;
    }

    static RopGetReceiveFolderRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        String messageClass = in.ascii8z();
        return new RopGetReceiveFolderRequest(logonId, inputHandleIndex, messageClass);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.ascii8z(messageClass);
    }
}
