package org.interchange.mapi.client.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.PropertyValueCodec;
import org.interchange.mapi.codec.rop.RopCommitStreamRequest;
import org.interchange.mapi.codec.rop.RopCommitStreamResponse;
import org.interchange.mapi.codec.rop.RopOpenStreamRequest;
import org.interchange.mapi.codec.rop.RopOpenStreamResponse;
import org.interchange.mapi.codec.rop.RopSetPropertiesRequest;
import org.interchange.mapi.codec.rop.RopSetPropertiesResponse;
import org.interchange.mapi.codec.rop.RopWriteStreamRequest;
import org.interchange.mapi.codec.rop.RopWriteStreamResponse;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.internal.rop.RopBatch;

/**
 * Writes property values to an open object, [MS-OXCPRPT] 3.1.4.3 and 3.1.4.9: values up to
 * {@link #INLINE_LIMIT} bytes go in RopSetProperties requests of at most that size together; larger
 * strings and binaries go through RopOpenStream (Create), RopWriteStream in
 * {@link #CHUNK} pieces and RopCommitStream.
 */
final class PropertyUpload {
    /** Encoded bytes of values sent inline per RopSetProperties. */
    static final int INLINE_LIMIT = 8 * 1024;
    /** Bytes per RopWriteStream. */
    static final int CHUNK = 16 * 1024;
    /** OpenModeFlags Create, [MS-OXCROPS] 2.2.9.1.1. */
    static final int OPEN_CREATE = 0x02;

    private PropertyUpload() {
    }

    static void write(RopPipeline pipe, RopPipeline.Ref target, List<PropertyValue> values) {
        List<PropertyValue> inline = new ArrayList<>();
        int inlineBytes = 0;
        for (PropertyValue v : values) {
            int size = encodedSize(v);
            if (size > INLINE_LIMIT && streamable(v)) {
                stream(pipe, target, v);
                continue;
            }
            if (inlineBytes + size > INLINE_LIMIT && !inline.isEmpty()) {
                setProperties(pipe, target, inline);
                inline = new ArrayList<>();
                inlineBytes = 0;
            }
            inline.add(v);
            inlineBytes += size;
        }
        if (!inline.isEmpty()) {
            setProperties(pipe, target, inline);
        }
    }

    private static void setProperties(RopPipeline pipe, RopPipeline.Ref target, List<PropertyValue> values) {
        List<PropertyValue> batch = List.copyOf(values);
        pipe.call(target, slot -> new RopSetPropertiesRequest(RopBatch.LOGON_ID, slot, batch),
                RopSetPropertiesResponse.class, response -> {
                    if (!response.propertyProblems().isEmpty()) {
                        throw new MapiOperationException("RopSetProperties (" + response.propertyProblems().getFirst()
                                .propertyTag() + ")", response.propertyProblems().getFirst().errorCode());
                    }
                });
    }

    private static void stream(RopPipeline pipe, RopPipeline.Ref target, PropertyValue value) {
        byte[] bytes = value.value() instanceof String s ? s.getBytes(StandardCharsets.UTF_16LE) : (byte[]) value.value();
        RopPipeline.Ref stream = pipe.open(target, (in, out) -> new RopOpenStreamRequest(RopBatch.LOGON_ID, in, out,
                value.tag(), OPEN_CREATE), RopOpenStreamResponse.class, null);
        for (int offset = 0; offset < bytes.length; offset += CHUNK) {
            byte[] chunk = Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + CHUNK));
            pipe.call(stream, slot -> new RopWriteStreamRequest(RopBatch.LOGON_ID, slot, chunk),
                    RopWriteStreamResponse.class, response -> {
                        if (response.writtenSize() != chunk.length) {
                            throw new MapiOperationException("RopWriteStream (short write)", response.returnValue());
                        }
                    });
        }
        pipe.call(stream, slot -> new RopCommitStreamRequest(RopBatch.LOGON_ID, slot), RopCommitStreamResponse.class,
                null);
        pipe.release(stream);
    }

    private static boolean streamable(PropertyValue v) {
        PropertyType t = v.tag().type();
        return t == PropertyType.STRING && v.value() instanceof String || t == PropertyType.BINARY;
    }

    private static int encodedSize(PropertyValue v) {
        ByteWriter w = new ByteWriter();
        PropertyValueCodec.WIDE.writeTagged(w, v);
        return w.size();
    }
}
