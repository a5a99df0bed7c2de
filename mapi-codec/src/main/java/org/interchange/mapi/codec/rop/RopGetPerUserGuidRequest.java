package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetPerUserGuid request, [MS-OXCROPS] 2.2.3.11.1: the LongTermId of a public folder. */
public record RopGetPerUserGuidRequest(int logonId, int inputHandleIndex, LongTermId longTermId)
        implements RopRequest {

    public RopGetPerUserGuidRequest {
        Objects.requireNonNull(longTermId, "longTermId");
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PER_USER_GUID;
    }

    static RopGetPerUserGuidRequest decode(ByteReader in) {
        return new RopGetPerUserGuidRequest(in.u8(), in.u8(), LongTermId.decode(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        longTermId.encode(out);
    }
}
