package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopRegisterNotification request, [MS-OXCROPS] 2.2.14.1.1: NotificationTypes, Reserved,
 * WantWholeStore and, only when WantWholeStore is false, the FolderId and MessageId watched.
 */
public record RopRegisterNotificationRequest(int logonId, int inputHandleIndex, int outputHandleIndex,
                                             int notificationTypes, int reserved, boolean wantWholeStore,
                                             long folderId, long messageId) implements RopRequest, OpensObject {

    public RopRegisterNotificationRequest {
        if (wantWholeStore && (folderId != 0 || messageId != 0)) {
            throw new MapiCodecException("RopRegisterNotification sends FolderId and MessageId only without "
                    + "WantWholeStore");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.REGISTER_NOTIFICATION;
    }

    static RopRegisterNotificationRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int output = in.u8();
        int types = in.u8();
        int reserved = in.u8();
        boolean wholeStore = RopWire.bool(in);
        long folderId = wholeStore ? 0 : in.i64();
        long messageId = wholeStore ? 0 : in.i64();
        return new RopRegisterNotificationRequest(logonId, index, output, types, reserved, wholeStore, folderId, messageId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex")).u8(RopWire.u8(notificationTypes, "NotificationTypes"))
                .u8(RopWire.u8(reserved, "Reserved")).u8(wantWholeStore ? 1 : 0);
        if (!wantWholeStore) {
            out.i64(folderId).i64(messageId);
        }
    }
}
