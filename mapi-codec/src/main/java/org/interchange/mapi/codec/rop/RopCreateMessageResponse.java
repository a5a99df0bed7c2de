package org.interchange.mapi.codec.rop;

import java.util.OptionalLong;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopCreateMessage success response, [MS-OXCROPS] 2.2.6.2.2: HasMessageId and, when set, the id
 * the new message will have once saved.
 */
public record RopCreateMessageResponse(int handleIndex, OptionalLong messageId) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.CREATE_MESSAGE;
    }

    static RopCreateMessageResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        boolean hasId = RopWire.bool(in);
        return new RopCreateMessageResponse(handleIndex, hasId ? OptionalLong.of(in.i64()) : OptionalLong.empty());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(messageId.isPresent() ? 1 : 0);
        messageId.ifPresent(out::i64);
    }
}
