package org.interchange.mapi.client.internal.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.client.AddressBookEntry;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * The columns the client asks for to build an {@link AddressBookEntry} ([MS-OXOABK] 2.2.3) and the
 * mapping of a row back to an entry. The MId comes from the EphemeralEntryID ([MS-OXNSPI]
 * 2.2.9.2) that the fEphID flag makes the server return as PidTagEntryId.
 */
public final class EntryColumns {
    public static final PropertyTag ENTRY_ID = PropertyTag.of(0x0FFF, PropertyType.BINARY);
    public static final PropertyTag DISPLAY_NAME = PropertyTag.of(0x3001, PropertyType.STRING);
    public static final PropertyTag ADDRESS_TYPE = PropertyTag.of(0x3002, PropertyType.STRING);
    public static final PropertyTag EMAIL_ADDRESS = PropertyTag.of(0x3003, PropertyType.STRING);
    public static final PropertyTag SMTP_ADDRESS = PropertyTag.of(0x39FE, PropertyType.STRING);
    public static final PropertyTag ACCOUNT = PropertyTag.of(0x3A00, PropertyType.STRING);
    public static final PropertyTag TITLE = PropertyTag.of(0x3A17, PropertyType.STRING);
    public static final PropertyTag COMPANY_NAME = PropertyTag.of(0x3A16, PropertyType.STRING);
    public static final PropertyTag OBJECT_TYPE = PropertyTag.of(0x0FFE, PropertyType.INTEGER32);
    public static final PropertyTag DISPLAY_TYPE = PropertyTag.of(0x3900, PropertyType.INTEGER32);
    /** fEphID, [MS-OXNSPI] 2.2.1.7. */
    public static final int EPHEMERAL_IDS = 0x2;

    public static final List<PropertyTag> ALL = List.of(ENTRY_ID, DISPLAY_NAME, ADDRESS_TYPE, EMAIL_ADDRESS,
            SMTP_ADDRESS, ACCOUNT, TITLE, COMPANY_NAME, OBJECT_TYPE, DISPLAY_TYPE);

    private EntryColumns() {
    }

    /** The entry a row of {@link #ALL} describes; {@code knownMid} is used when the row has no ephemeral ID. */
    public static AddressBookEntry toEntry(List<PropertyValue> row, int knownMid) {
        byte[] entryId = bytes(row.get(0)).orElse(new byte[0]);
        int mid = entryId.length == 32 && (entryId[0] & 0xFF) == 0x87
                ? (entryId[28] & 0xFF) | (entryId[29] & 0xFF) << 8 | (entryId[30] & 0xFF) << 16 | (entryId[31] & 0xFF) << 24
                : knownMid;
        return new AddressBookEntry(mid, text(row.get(1)).orElse(""), text(row.get(4)), text(row.get(3)).orElse(""),
                text(row.get(5)), text(row.get(2)).orElse(""), number(row.get(8)).orElse(0),
                number(row.get(9)).orElse(0), text(row.get(6)), text(row.get(7)));
    }

    private static Optional<String> text(PropertyValue value) {
        return !value.isError() && value.value() instanceof String s ? Optional.of(s) : Optional.empty();
    }

    private static Optional<Integer> number(PropertyValue value) {
        return !value.isError() && value.value() instanceof Integer i ? Optional.of(i) : Optional.empty();
    }

    private static Optional<byte[]> bytes(PropertyValue value) {
        return !value.isError() && value.value() instanceof byte[] b ? Optional.of(b) : Optional.empty();
    }
}
