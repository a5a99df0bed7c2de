package org.interchange.mapi.codec.property;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The name of a named property, [MS-OXCDATA] 2.6.1: a property set GUID plus either a numeric
 * LID (Kind MNID_ID = 0x00) or a Unicode name (Kind MNID_STRING = 0x01); Kind 0xFF means no name.
 * {@code lid} is meaningful only for MNID_ID, {@code name} only for MNID_STRING.
 */
public record PropertyName(int kind, UUID guid, int lid, String name) {
    public static final int MNID_ID = 0x00;
    public static final int MNID_STRING = 0x01;
    public static final int NO_NAME = 0xFF;

    public PropertyName {
        Objects.requireNonNull(guid, "guid");
        if (kind == MNID_STRING) {
            Objects.requireNonNull(name, "name");
        } else if (kind != MNID_ID && kind != NO_NAME) {
            throw new MapiCodecException("PropertyName Kind 0x" + Integer.toHexString(kind) + " is not 0x00, 0x01 or 0xFF");
        }
    }

    public static PropertyName ofId(UUID guid, int lid) {
        return new PropertyName(MNID_ID, guid, lid, null);
    }

    public static PropertyName ofName(UUID guid, String name) {
        return new PropertyName(MNID_STRING, guid, 0, name);
    }

    public static PropertyName decode(ByteReader in) {
        int kind = in.u8();
        if (kind != MNID_ID && kind != MNID_STRING && kind != NO_NAME) {
            throw new MapiCodecException("PropertyName Kind 0x" + Integer.toHexString(kind)
                    + " at offset " + (in.position() - 1) + " is not 0x00, 0x01 or 0xFF");
        }
        UUID guid = in.guid();
        return switch (kind) {
            case MNID_ID -> ofId(guid, in.i32());
            case MNID_STRING -> ofName(guid, readName(in));
            default -> new PropertyName(NO_NAME, guid, 0, null);
        };
    }

    private static String readName(ByteReader in) {
        int size = in.u8();
        if (size % 2 != 0) {
            throw new MapiCodecException("PropertyName NameSize " + size + " is odd for a UTF-16 name");
        }
        byte[] bytes = in.bytes(size, "PropertyName Name");
        int length = size;
        if (length >= 2 && bytes[length - 2] == 0 && bytes[length - 1] == 0) {
            length -= 2;
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_16LE);
    }

    public void encode(ByteWriter out) {
        out.u8(kind).guid(guid);
        if (kind == MNID_ID) {
            out.i32(lid);
        } else if (kind == MNID_STRING) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_16LE);
            if (bytes.length + 2 > 0xFF) {
                throw new MapiCodecException("named property name of " + name.length()
                        + " characters does not fit the one-byte NameSize");
            }
            out.u8(bytes.length + 2).bytes(bytes).u16(0);
        }
    }
}
