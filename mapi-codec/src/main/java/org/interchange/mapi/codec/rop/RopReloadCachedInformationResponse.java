package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopReloadCachedInformation success response, [MS-OXCROPS] 2.2.6.7.2: the same fields as a
 * RopOpenMessage response (HasNamedProperties ... RecipientRows), held in {@code message} with the
 * same handle index.
 */
public record RopReloadCachedInformationResponse(int handleIndex, RopOpenMessageResponse message)
        implements RopResponse {

    public RopReloadCachedInformationResponse {
        Objects.requireNonNull(message, "message");
        if (message.handleIndex() != handleIndex) {
            throw new MapiCodecException("RopReloadCachedInformation fields must carry handle index " + handleIndex);
        }
    }

    @Override
    public RopId ropId() {
        return RopId.RELOAD_CACHED_INFORMATION;
    }

    static RopReloadCachedInformationResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopReloadCachedInformationResponse(handleIndex, RopOpenMessageResponse.decode(in, handleIndex, context));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        message.encodeFields(out);
    }
}
