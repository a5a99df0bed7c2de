package org.interchange.mapi.codec.http.nspi;

import java.util.Arrays;
import java.util.HexFormat;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * An address book entry ID as carried by ModLinkAtt, [MS-OXCMAPIHTTP] 2.2.5.10.1: an
 * EphemeralEntryID ([MS-OXNSPI] 2.2.9.2, type 0x87, 32 bytes) or a PermanentEntryID
 * ([MS-OXNSPI] 2.2.9.3, type 0x00, 28 bytes and a null-terminated DN). Kept as its bytes.
 */
public final class AddressBookEntryId {
    public static final int EPHEMERAL = 0x87;
    public static final int PERMANENT = 0x00;
    private static final int HEADER = 28;

    private final byte[] bytes;

    private AddressBookEntryId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Validates and wraps the bytes of one entry ID. */
    public static AddressBookEntryId of(byte[] bytes) {
        ByteReader r = new ByteReader(bytes);
        AddressBookEntryId id = read(r);
        if (r.hasRemaining()) {
            throw new MapiCodecException("entry ID has " + r.remaining() + " trailing bytes");
        }
        return id;
    }

    static AddressBookEntryId read(ByteReader r) {
        int start = r.position();
        int type = r.peekU8();
        if (type == EPHEMERAL) {
            return new AddressBookEntryId(r.bytes(HEADER + 4, "EphemeralEntryID"));
        }
        if (type != PERMANENT) {
            throw new MapiCodecException("entry ID type 0x" + Integer.toHexString(type) + " at offset " + start
                    + " is neither ephemeral (0x87) nor permanent (0x00)");
        }
        byte[] header = r.bytes(HEADER, "PermanentEntryID");
        String dn = r.ascii8z();
        if (!dn.chars().allMatch(c -> c < 0x80)) {
            throw new MapiCodecException("PermanentEntryID at offset " + start + " has a DN that is not ASCII");
        }
        ByteWriter w = new ByteWriter(HEADER + dn.length() + 1);
        w.bytes(header).ascii8z(dn);
        return new AddressBookEntryId(w.toByteArray());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] raw() {
        return bytes;
    }

    public int type() {
        return bytes[0] & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressBookEntryId e && Arrays.equals(bytes, e.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "AddressBookEntryId[" + HexFormat.of().formatHex(bytes) + "]";
    }
}
