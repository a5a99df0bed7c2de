package org.interchange.mapi.client.internal.rop;

import java.time.Duration;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.MapiServerBusyException;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The responses a server adds to a ROP output buffer without a matching request, [MS-OXCROPS]
 * 3.1.5.1: RopBackoff (2.2.15.2, the server wants the rest delayed), RopBufferTooSmall (2.2.15.1,
 * the rest did not fit), RopNotify and RopPending (2.2.14.2/2.2.14.3, notifications this client
 * does not register for). The codec stops at them; this reads what the client acts on.
 */
final class TrailingRops {
    static final int ROP_NOTIFY = 0x2A;
    static final int ROP_PENDING = 0x6E;
    static final int ROP_BACKOFF = 0xF9;
    static final int ROP_BUFFER_TOO_SMALL = 0xFF;

    /** What the client must do about the responses from {@code offset} on. */
    enum Outcome { NOTHING_MORE, RESEND_REST }

    private TrailingRops() {
    }

    /**
     * Reads the unmatched response at {@code offset} of {@code buffer}: RopBackoff raises
     * {@link MapiServerBusyException}; RopBufferTooSmall asks for the unanswered requests to be
     * sent again; notification responses end the useful part of the buffer.
     */
    static Outcome read(byte[] buffer, int offset, int ropIdCode) {
        try {
            ByteReader in = new ByteReader(buffer, offset, buffer.length - offset);
            int code = in.u8();
            return switch (code) {
                case ROP_BACKOFF -> throw backoff(in);
                case ROP_BUFFER_TOO_SMALL -> Outcome.RESEND_REST;
                case ROP_NOTIFY, ROP_PENDING -> Outcome.NOTHING_MORE;
                default -> throw new MapiProtocolException(String.format(
                        "the server answered with RopId 0x%02X at offset %d, which this client cannot read",
                        ropIdCode, offset));
            };
        } catch (MapiCodecException e) {
            throw new MapiProtocolException("malformed ROP response at offset " + offset + ": " + e.getMessage(), e);
        }
    }

    /** RopBackoff: LogonId, Duration (ms), BackoffRopCount, BackoffRopData (RopIdBackoff, Duration)... */
    private static MapiServerBusyException backoff(ByteReader in) {
        in.u8();
        long longest = in.u32();
        int count = in.u8();
        in.require(count * 5, "RopBackoff BackoffRopData");
        for (int i = 0; i < count; i++) {
            in.u8();
            longest = Math.max(longest, in.u32());
        }
        return new MapiServerBusyException("the server sent RopBackoff", Duration.ofMillis(longest));
    }
}
