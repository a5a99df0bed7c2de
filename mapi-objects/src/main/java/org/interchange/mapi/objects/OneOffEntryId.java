package org.interchange.mapi.objects;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The One-Off EntryID of [MS-OXCDATA] 2.2.5.1: a recipient outside any address book, carried as
 * display name, address type and e-mail address (as in PidLidDistributionListOneOffMembers).
 * Written Unicode with MAPI_ONE_OFF_NO_RICH_INFO, as Outlook writes them.
 */
public record OneOffEntryId(String displayName, String addressType, String emailAddress) {
    private static final byte[] PROVIDER_UID = HexFormat.of().parseHex("812B1FA4BEA310199D6E00DD010F5402");
    private static final int HEADER = 4 + 16 + 2 + 2;
    /** The second byte of the flags field: U (Unicode) 0x80 and L 0x10; the first: M (no rich info) 0x01. */
    private static final int UNICODE = 0x80;

    public OneOffEntryId {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(addressType, "addressType");
        Objects.requireNonNull(emailAddress, "emailAddress");
    }

    public static boolean isOneOff(byte[] entryId) {
        return entryId != null && entryId.length >= HEADER && Arrays.equals(entryId, 4, 20, PROVIDER_UID, 0, 16);
    }

    public static OneOffEntryId read(byte[] entryId) {
        if (!isOneOff(entryId)) {
            throw new MapiCodecException("One-Off EntryID: not a one-off entry id (" + (entryId == null ? 0
                    : entryId.length) + " bytes)");
        }
        boolean unicode = (entryId[23] & UNICODE) != 0;
        Charset charset = unicode ? StandardCharsets.UTF_16LE : Charset.forName("windows-1252");
        int[] at = {HEADER};
        String name = string(entryId, at, unicode, charset, "DisplayName");
        String type = string(entryId, at, unicode, charset, "AddressType");
        String email = string(entryId, at, unicode, charset, "EmailAddress");
        return new OneOffEntryId(name, type, email);
    }

    private static String string(byte[] b, int[] at, boolean unicode, Charset charset, String field) {
        int step = unicode ? 2 : 1;
        for (int i = at[0]; i + step <= b.length; i += step) {
            if (b[i] == 0 && (!unicode || b[i + 1] == 0)) {
                String s = new String(b, at[0], i - at[0], charset);
                at[0] = i + step;
                return s;
            }
        }
        throw new MapiCodecException("One-Off EntryID: " + field + " has no terminating null");
    }

    public byte[] write() {
        byte[] name = (displayName + "\0").getBytes(StandardCharsets.UTF_16LE);
        byte[] type = (addressType + "\0").getBytes(StandardCharsets.UTF_16LE);
        byte[] email = (emailAddress + "\0").getBytes(StandardCharsets.UTF_16LE);
        ByteBuffer b = ByteBuffer.allocate(HEADER + name.length + type.length + email.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0).put(PROVIDER_UID).putShort((short) 0).put((byte) 0x01).put((byte) (UNICODE | 0x10));
        return b.put(name).put(type).put(email).array();
    }
}
