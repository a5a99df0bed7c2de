package org.interchange.mapi.codec.property;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The bytes of a PtypServerId value, [MS-OXCDATA] 2.11.1.4: Ours 0x01 then a Folder ID, a Message ID
 * (zero for a folder) and an Instance, or Ours 0x00 then a client-defined entry ID.
 * {@link PropertyValueCodec} carries PtypServerId values as their bytes; this type reads them.
 */
public sealed interface ServerId {

    /** The value bytes (without the COUNT of the property value). */
    byte[] encode();

    /** Ours = 0x01: an object of this server's store. */
    record Ours(long folderId, long messageId, int instance) implements ServerId {
        public static final int SIZE = 21;

        @Override
        public byte[] encode() {
            return new ByteWriter(SIZE).u8(1).i64(folderId).i64(messageId).i32(instance).toByteArray();
        }
    }

    /** Ours = 0x00: an entry ID the client supplied. */
    record Foreign(byte[] entryId) implements ServerId {
        public Foreign {
            entryId = Objects.requireNonNull(entryId, "entryId").clone();
        }

        @Override
        public byte[] entryId() {
            return entryId.clone();
        }

        @Override
        public byte[] encode() {
            return new ByteWriter(entryId.length + 1).u8(0).bytes(entryId).toByteArray();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Foreign f && Arrays.equals(entryId, f.entryId);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(entryId);
        }

        @Override
        public String toString() {
            return "Foreign[" + HexFormat.of().formatHex(entryId) + "]";
        }
    }

    static ServerId decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        int ours = in.u8();
        return switch (ours) {
            case 0x01 -> {
                if (bytes.length != Ours.SIZE) {
                    throw new MapiCodecException("PtypServerId with Ours = 1 takes 21 bytes, not " + bytes.length);
                }
                yield new Ours(in.i64(), in.i64(), in.i32());
            }
            case 0x00 -> new Foreign(in.bytes(in.remaining(), "PtypServerId entry ID"));
            default -> throw new MapiCodecException("PtypServerId Ours byte 0x" + Integer.toHexString(ours)
                    + " is neither 0x00 nor 0x01");
        };
    }
}
