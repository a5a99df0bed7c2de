package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopOpenEmbeddedMessage success response, [MS-OXCROPS] 2.2.6.16.2: Reserved, the embedded
 * message's MessageId, then the fields of a RopOpenMessage response (HasNamedProperties ...
 * RecipientRows), held in {@code message} with the same handle index.
 */
public record RopOpenEmbeddedMessageResponse(int handleIndex, int reserved, long messageId,
                                             RopOpenMessageResponse message) implements RopResponse {

    public RopOpenEmbeddedMessageResponse {
        Objects.requireNonNull(message, "message");
        if (message.handleIndex() != handleIndex) {
            throw new MapiCodecException("RopOpenEmbeddedMessage's message fields must carry handle index "
                    + handleIndex);
        }
    }

    @Override
    public RopId ropId() {
        return RopId.OPEN_EMBEDDED_MESSAGE;
    }

    static RopOpenEmbeddedMessageResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int reserved = in.u8();
        long messageId = in.i64();
        return new RopOpenEmbeddedMessageResponse(handleIndex, reserved, messageId,
                RopOpenMessageResponse.decode(in, handleIndex, context));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(reserved, "Reserved")).i64(messageId);
        message.encodeFields(out);
    }
}
