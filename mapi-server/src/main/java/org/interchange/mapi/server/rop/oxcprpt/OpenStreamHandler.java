package org.interchange.mapi.server.rop.oxcprpt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopOpenStreamRequest;
import org.interchange.mapi.codec.rop.RopOpenStreamResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.ServerObject;
import org.interchange.mapi.server.rop.StreamObject;

/**
 * RopOpenStream, [MS-OXCPRPT] 3.2.5.13, read-only: a binary property's bytes, or a string as
 * UTF-16LE (PtypString) or Windows-1252 (PtypString8) without terminator. Write modes give ecNotSupported.
 */
public final class OpenStreamHandler implements RopHandler<RopOpenStreamRequest> {
    /** OpenModeFlags ReadOnly, [MS-OXCROPS] 2.2.9.1.1. */
    public static final int READ_ONLY = 0x00;

    @Override
    public RopId ropId() {
        return RopId.OPEN_STREAM;
    }

    @Override
    public Class<RopOpenStreamRequest> requestType() {
        return RopOpenStreamRequest.class;
    }

    @Override
    public RopResponse handle(RopOpenStreamRequest request, RopContext context) {
        if (request.openModeFlags() != READ_ONLY) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "this store is read-only");
        }
        ServerObject owner = context.object(request.inputHandleIndex());
        PropertyValue value = ObjectProperties.of(context.store(), owner).find(request.propertyTag().id())
                .filter(v -> v.value() != null)
                .orElseThrow(() -> new RopFailure(RopErrors.NOT_FOUND, "no property " + request.propertyTag()));
        byte[] data = switch (value.value()) {
            case byte[] bytes -> bytes;
            case String s -> s.getBytes(request.propertyTag().typeCode() == PropertyType.STRING8.code()
                    ? Charset.forName("windows-1252") : StandardCharsets.UTF_16LE);
            default -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "property " + value.tag() + " is not streamable");
        };
        context.put(request.outputHandleIndex(), new StreamObject(owner.logon(), data));
        return new RopOpenStreamResponse(request.outputHandleIndex(), data.length);
    }
}
