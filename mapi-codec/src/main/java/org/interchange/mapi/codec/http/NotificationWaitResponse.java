package org.interchange.mapi.codec.http;

import java.util.Arrays;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * NotificationWait response body, [MS-OXCMAPIHTTP] 2.2.4.4.2 (success: StatusCode 0, ErrorCode,
 * EventPending, auxiliary buffer) and 2.2.4.4.3 (failure: StatusCode and auxiliary buffer only).
 *
 * @param statusCode      0 for success; otherwise the failure layout is used
 * @param errorCode       the operation's return status ([MS-OXCDATA] 2.4)
 * @param eventPending    {@link #EVENT_PENDING} when the client should send an Execute to collect events
 * @param auxiliaryBuffer AuxiliaryBuffer, its length written as AuxiliaryBufferSize
 */
public record NotificationWaitResponse(int statusCode, int errorCode, int eventPending, byte[] auxiliaryBuffer) {
    /** EventPending flag: an event is pending for the Session Context. */
    public static final int EVENT_PENDING = 0x00000001;

    public NotificationWaitResponse {
        if (statusCode != 0 && (errorCode != 0 || eventPending != 0)) {
            throw new IllegalArgumentException("a failure response (StatusCode " + statusCode
                    + ") carries only StatusCode and AuxiliaryBuffer");
        }
        auxiliaryBuffer = auxiliaryBuffer.clone();
    }

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public boolean isEventPending() {
        return (eventPending & EVENT_PENDING) != 0;
    }

    @Override
    public byte[] auxiliaryBuffer() {
        return auxiliaryBuffer.clone();
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(16 + auxiliaryBuffer.length);
        w.i32(statusCode);
        if (isSuccess()) {
            w.i32(errorCode).i32(eventPending);
        }
        BodyFields.sizedBytes(w, auxiliaryBuffer);
        return w.toByteArray();
    }

    public static NotificationWaitResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        int errorCode = status == 0 ? r.i32() : 0;
        int eventPending = status == 0 ? r.i32() : 0;
        byte[] aux = BodyFields.sizedBytes(r, "NotificationWait response AuxiliaryBuffer");
        BodyFields.expectEnd(r, "NotificationWait response body");
        return new NotificationWaitResponse(status, errorCode, eventPending, aux);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationWaitResponse n && statusCode == n.statusCode && errorCode == n.errorCode
                && eventPending == n.eventPending && Arrays.equals(auxiliaryBuffer, n.auxiliaryBuffer);
    }

    @Override
    public int hashCode() {
        return ((statusCode * 31 + errorCode) * 31 + eventPending) * 31 + Arrays.hashCode(auxiliaryBuffer);
    }

    @Override
    public String toString() {
        return "NotificationWaitResponse[status=" + statusCode + ", errorCode=0x" + Integer.toHexString(errorCode)
                + ", eventPending=0x" + Integer.toHexString(eventPending) + ", aux=" + auxiliaryBuffer.length + " bytes]";
    }
}
