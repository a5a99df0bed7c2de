package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSynchronizationImportReadStateChanges request, [MS-OXCROPS] 2.2.13.3.1: MessageReadStateSize
 * (the bytes of all states) and the MessageReadStates.
 */
public record RopSynchronizationImportReadStateChangesRequest(int logonId, int inputHandleIndex,
                                                              List<MessageReadState> messageReadStates)
        implements RopRequest {

    public RopSynchronizationImportReadStateChangesRequest {
        messageReadStates = FrozenList.copyOf(messageReadStates);
    }

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_READ_STATE_CHANGES;
    }

    static RopSynchronizationImportReadStateChangesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        ByteReader states = in.slice(in.u16(), "RopSynchronizationImportReadStateChanges MessageReadStates");
        List<MessageReadState> list = new ArrayList<>();
        while (states.hasRemaining()) {
            list.add(MessageReadState.decode(states));
        }
        return new RopSynchronizationImportReadStateChangesRequest(logonId, index, list);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        RopWire.writeSized(out, body -> messageReadStates.forEach(s -> s.encode(body)), "MessageReadStateSize");
    }
}
