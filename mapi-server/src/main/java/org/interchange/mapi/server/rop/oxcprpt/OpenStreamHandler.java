package org.interchange.mapi.server.rop.oxcprpt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopOpenStreamRequest;
import org.interchange.mapi.codec.rop.RopOpenStreamResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.AttachmentObject;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.rop.PropertyWriter;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.ServerObject;
import org.interchange.mapi.server.rop.StreamObject;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/**
 * RopOpenStream, [MS-OXCPRPT] 3.2.5.13: a binary property's bytes, or a string as UTF-16LE
 * (PtypString) or Windows-1252 (PtypString8) without terminator. ReadOnly needs the property;
 * ReadWrite starts from its value (or empty) and Create from empty, on messages, attachments and
 * folders; the written bytes become the value on RopCommitStream or release.
 */
public final class OpenStreamHandler implements RopHandler<RopOpenStreamRequest> {
    /** OpenModeFlags ReadOnly, [MS-OXCROPS] 2.2.9.1.1. */
    public static final int READ_ONLY = 0x00;
    /** OpenModeFlags ReadWrite. */
    public static final int READ_WRITE = 0x01;
    /** OpenModeFlags Create: the stream starts empty. */
    public static final int CREATE = 0x02;

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
        ServerObject owner = context.object(request.inputHandleIndex());
        int mode = request.openModeFlags();
        if (mode != READ_ONLY && mode != READ_WRITE && mode != CREATE) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "OpenModeFlags 0x" + Integer.toHexString(mode));
        }
        Optional<PropertyValue> value = ObjectProperties.of(context.store(), owner).find(request.propertyTag().id())
                .filter(v -> v.value() != null);
        StreamObject stream;
        if (mode == READ_ONLY) {
            stream = new StreamObject(owner.logon(), bytes(value.orElseThrow(() ->
                    new RopFailure(RopErrors.NOT_FOUND, "no property " + request.propertyTag())), request));
        } else {
            if (!(owner instanceof MessageObject || owner instanceof AttachmentObject || owner instanceof FolderObject)
                    || !PropertyWriter.streamable(request.propertyTag())) {
                throw new RopFailure(RopErrors.NOT_SUPPORTED, request.propertyTag() + " cannot be written as a stream");
            }
            FolderAccess.requireModify(context, owner);
            byte[] initial = mode == CREATE ? new byte[0] : value.map(v -> bytes(v, request)).orElse(new byte[0]);
            stream = StreamObject.writable(owner, request.propertyTag(), initial);
        }
        context.put(request.outputHandleIndex(), stream);
        return new RopOpenStreamResponse(request.outputHandleIndex(), stream.size());
    }

    private static byte[] bytes(PropertyValue value, RopOpenStreamRequest request) {
        return switch (value.value()) {
            case byte[] bytes -> bytes;
            case String s -> s.getBytes(request.propertyTag().typeCode() == PropertyType.STRING8.code()
                    ? Charset.forName("windows-1252") : StandardCharsets.UTF_16LE);
            default -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "property " + value.tag() + " is not streamable");
        };
    }
}
