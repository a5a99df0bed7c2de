package org.interchange.mapi.codec.property;

import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A RecipientRow, [MS-OXCDATA] 2.8.3.2. {@code recipientFlags} ([MS-OXCDATA] 2.8.3.1) decides
 * which optional fields are present: X500 fields for Type X500DN, entry id and search key for the
 * personal distribution list types, the address type for NoType with the O flag, and the E/D/I/T
 * strings (UTF-16 when the U flag is set). Absent fields are null (addressPrefixUsed and
 * displayType 0). The recipient properties are a PropertyRow over the first RecipientColumnCount
 * recipient columns.
 */
public record RecipientRow(int recipientFlags, int addressPrefixUsed, int displayType, String x500Dn,
                           byte[] entryId, byte[] searchKey, String addressType, String emailAddress,
                           String displayName, String simpleDisplayName, String transmittableDisplayName,
                           PropertyRow recipientProperties) {
    public static final int TYPE_MASK = 0x0007;
    public static final int TYPE_NONE = 0x0;
    public static final int TYPE_X500DN = 0x1;
    public static final int TYPE_PERSONAL_DL1 = 0x6;
    public static final int TYPE_PERSONAL_DL2 = 0x7;
    public static final int FLAG_E = 0x0008;
    public static final int FLAG_D = 0x0010;
    public static final int FLAG_T = 0x0020;
    public static final int FLAG_S = 0x0040;
    public static final int FLAG_R = 0x0080;
    public static final int FLAG_N = 0x0100;
    public static final int FLAG_U = 0x0200;
    public static final int FLAG_I = 0x0400;
    public static final int FLAG_O = 0x8000;

    public RecipientRow {
        Objects.requireNonNull(recipientProperties, "recipientProperties");
    }

    public int type() {
        return recipientFlags & TYPE_MASK;
    }

    private boolean has(int flag) {
        return (recipientFlags & flag) != 0;
    }

    private boolean isDistributionList() {
        return type() == TYPE_PERSONAL_DL1 || type() == TYPE_PERSONAL_DL2;
    }

    private boolean hasAddressType() {
        return type() == TYPE_NONE && has(FLAG_O);
    }

    public static RecipientRow decode(ByteReader in, List<PropertyTag> recipientColumns) {
        int flags = in.u16();
        int type = flags & TYPE_MASK;
        boolean unicode = (flags & FLAG_U) != 0;
        int prefix = 0;
        int displayType = 0;
        String x500 = null;
        byte[] entryId = null;
        byte[] searchKey = null;
        String addressType = null;
        if (type == TYPE_X500DN) {
            prefix = in.u8();
            displayType = in.u8();
            x500 = in.ascii8z();
        } else if (type == TYPE_PERSONAL_DL1 || type == TYPE_PERSONAL_DL2) {
            entryId = in.bytes(in.u16(), "RecipientRow EntryId");
            searchKey = in.bytes(in.u16(), "RecipientRow SearchKey");
        } else if (type == TYPE_NONE && (flags & FLAG_O) != 0) {
            addressType = in.ascii8z();
        }
        String email = (flags & FLAG_E) != 0 ? string(in, unicode) : null;
        String display = (flags & FLAG_D) != 0 ? string(in, unicode) : null;
        String simple = (flags & FLAG_I) != 0 ? string(in, unicode) : null;
        String transmittable = (flags & FLAG_T) != 0 ? string(in, unicode) : null;
        int columnCount = in.u16();
        if (columnCount > recipientColumns.size()) {
            throw new MapiCodecException("RecipientColumnCount " + columnCount + " exceeds the "
                    + recipientColumns.size() + " recipient columns");
        }
        PropertyRow properties = PropertyRow.decode(in, recipientColumns.subList(0, columnCount));
        return new RecipientRow(flags, prefix, displayType, x500, entryId, searchKey, addressType,
                email, display, simple, transmittable, properties);
    }

    private static String string(ByteReader in, boolean unicode) {
        return unicode ? in.utf16z() : in.ascii8z();
    }

    public void encode(ByteWriter out) {
        out.u16(recipientFlags);
        if (type() == TYPE_X500DN) {
            out.u8(addressPrefixUsed).u8(displayType).ascii8z(required(x500Dn, "X500DN"));
        } else if (isDistributionList()) {
            writeShortBinary(out, required(entryId, "EntryId"));
            writeShortBinary(out, required(searchKey, "SearchKey"));
        } else if (hasAddressType()) {
            out.ascii8z(required(addressType, "AddressType"));
        }
        writeIf(out, FLAG_E, emailAddress, "EmailAddress");
        writeIf(out, FLAG_D, displayName, "DisplayName");
        writeIf(out, FLAG_I, simpleDisplayName, "SimpleDisplayName");
        writeIf(out, FLAG_T, transmittableDisplayName, "TransmittableDisplayName");
        out.u16(recipientProperties.columns().size());
        recipientProperties.encode(out);
    }

    private void writeIf(ByteWriter out, int flag, String value, String field) {
        if (has(flag)) {
            if (has(FLAG_U)) {
                out.utf16z(required(value, field));
            } else {
                out.ascii8z(required(value, field));
            }
        }
    }

    private static void writeShortBinary(ByteWriter out, byte[] bytes) {
        if (bytes.length > 0xFFFF) {
            throw new MapiCodecException("recipient binary of " + bytes.length + " bytes exceeds a 16-bit size");
        }
        out.u16(bytes.length).bytes(bytes);
    }

    private <T> T required(T value, String field) {
        if (value == null) {
            throw new MapiCodecException("RecipientFlags 0x" + Integer.toHexString(recipientFlags)
                    + " require " + field + " but it is null");
        }
        return value;
    }
}
