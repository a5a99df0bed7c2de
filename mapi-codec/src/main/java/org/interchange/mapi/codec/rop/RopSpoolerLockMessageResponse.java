package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSpoolerLockMessage success response, [MS-OXCROPS] 2.2.7.5.2: no fields beyond the header. */
public record RopSpoolerLockMessageResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SPOOLER_LOCK_MESSAGE;
    }

    static RopSpoolerLockMessageResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSpoolerLockMessageResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
