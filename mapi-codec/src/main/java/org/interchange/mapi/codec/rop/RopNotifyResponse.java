package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopNotify, [MS-OXCROPS] 2.2.14.2: a notification the server sends on its own after the responses
 * (3.1.5.1): NotificationHandle (the handle of the RopRegisterNotification subscription or of the
 * table), LogonId and the NotificationData. It carries no handle index ({@link #handleIndex()} is -1).
 */
public record RopNotifyResponse(int notificationHandle, int logonId, NotificationData notificationData)
        implements RopResponse {

    public RopNotifyResponse {
        RopWire.u8(logonId, "LogonId");
        Objects.requireNonNull(notificationData, "notificationData");
    }

    @Override
    public RopId ropId() {
        return RopId.NOTIFY;
    }

    @Override
    public int handleIndex() {
        return -1;
    }

    static RopNotifyResponse decode(ByteReader in) {
        int handle = in.i32();
        int logonId = in.u8();
        return new RopNotifyResponse(handle, logonId, NotificationData.decode(in));
    }

    @Override
    public void encode(ByteWriter out) {
        out.u8(ropId().code()).i32(notificationHandle).u8(logonId);
        notificationData.encode(out);
    }
}
