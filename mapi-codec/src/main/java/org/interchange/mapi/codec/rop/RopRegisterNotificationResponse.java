package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopRegisterNotification success response, [MS-OXCROPS] 2.2.14.1.2. */
public record RopRegisterNotificationResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.REGISTER_NOTIFICATION;
    }

    static RopRegisterNotificationResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopRegisterNotificationResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
