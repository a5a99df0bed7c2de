package org.interchange.mapi.server.nspi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * The properties of a mail user in the address book, [MS-OXOABK] 2.2.3: display name, SMTP and
 * legacy DN addresses (PidTagAddressType "EX"), object and display types, account, entry IDs
 * ([MS-OXNSPI] 2.2.9.2 ephemeral, 2.2.9.3 permanent), search key and mapping signature. String
 * properties are answered in the string type the caller asked for; PtypUnspecified gets Unicode.
 */
final class AddressBookProperties {
    static final int DISPLAY_NAME = 0x3001;
    static final int ADDRESS_TYPE = 0x3002;
    static final int EMAIL_ADDRESS = 0x3003;
    static final int SEARCH_KEY = 0x300B;
    static final int OBJECT_TYPE = 0x0FFE;
    static final int ENTRY_ID = 0x0FFF;
    static final int INSTANCE_KEY = 0x0FF6;
    static final int MAPPING_SIGNATURE = 0x0FF8;
    static final int DISPLAY_TYPE = 0x3900;
    static final int DISPLAY_TYPE_EX = 0x3905;
    static final int SMTP_ADDRESS = 0x39FE;
    static final int ACCOUNT = 0x3A00;
    static final int TRANSMITTABLE_DISPLAY_NAME = 0x3A20;
    static final int PROXY_ADDRESSES = 0x800F;
    /** MAPI_MAILUSER, [MS-OXCDATA] 2.2.5.2 / [MS-OXOABK] 2.2.3.10. */
    static final int MAPI_MAILUSER = 6;
    /** DT_MAILUSER, [MS-OXOABK] 2.2.3.11. */
    static final int DT_MAILUSER = 0;
    /** GUID_NSPI as a flat ProviderUID, [MS-OXNSPI] 2.2.1.1; also PidTagMappingSignature. */
    static final byte[] GUID_NSPI = HexFormat.of().parseHex("dca740c8c042101ab4b908002b2fe182");

    /** The columns a table gets when the caller names none, [MS-OXNSPI] 3.1.4.1.8. */
    static final List<PropertyTag> DEFAULT_COLUMNS = List.of(
            PropertyTag.of(ENTRY_ID, PropertyType.BINARY), PropertyTag.of(DISPLAY_NAME, PropertyType.STRING),
            PropertyTag.of(ADDRESS_TYPE, PropertyType.STRING), PropertyTag.of(EMAIL_ADDRESS, PropertyType.STRING),
            PropertyTag.of(SMTP_ADDRESS, PropertyType.STRING), PropertyTag.of(ACCOUNT, PropertyType.STRING),
            PropertyTag.of(OBJECT_TYPE, PropertyType.INTEGER32), PropertyTag.of(DISPLAY_TYPE, PropertyType.INTEGER32),
            PropertyTag.of(INSTANCE_KEY, PropertyType.BINARY));

    /** Every property a mail user has, for GetPropList and QueryColumns. */
    static final List<PropertyTag> ALL = List.of(
            PropertyTag.of(ENTRY_ID, PropertyType.BINARY), PropertyTag.of(DISPLAY_NAME, PropertyType.STRING),
            PropertyTag.of(ADDRESS_TYPE, PropertyType.STRING), PropertyTag.of(EMAIL_ADDRESS, PropertyType.STRING),
            PropertyTag.of(SMTP_ADDRESS, PropertyType.STRING), PropertyTag.of(ACCOUNT, PropertyType.STRING),
            PropertyTag.of(OBJECT_TYPE, PropertyType.INTEGER32), PropertyTag.of(DISPLAY_TYPE, PropertyType.INTEGER32),
            PropertyTag.of(DISPLAY_TYPE_EX, PropertyType.INTEGER32), PropertyTag.of(INSTANCE_KEY, PropertyType.BINARY),
            PropertyTag.of(SEARCH_KEY, PropertyType.BINARY), PropertyTag.of(MAPPING_SIGNATURE, PropertyType.BINARY),
            PropertyTag.of(TRANSMITTABLE_DISPLAY_NAME, PropertyType.STRING),
            PropertyTag.of(PROXY_ADDRESSES, PropertyType.MULTIPLE_STRING));

    private final UUID serverGuid;

    AddressBookProperties(UUID serverGuid) {
        this.serverGuid = serverGuid;
    }

    /** The value of {@code tag} for {@code entry}, or empty when the entry has no such property. */
    Optional<PropertyValue> value(GalEntry entry, PropertyTag tag, boolean ephemeralIds) {
        PropertyType asked = tag.type();
        Object raw = switch (tag.id()) {
            case DISPLAY_NAME, TRANSMITTABLE_DISPLAY_NAME -> entry.displayName();
            case ADDRESS_TYPE -> "EX";
            case EMAIL_ADDRESS -> entry.legacyDn();
            case SMTP_ADDRESS -> entry.smtpAddress().orElse(null);
            case ACCOUNT -> entry.account();
            case OBJECT_TYPE -> MAPI_MAILUSER;
            case DISPLAY_TYPE, DISPLAY_TYPE_EX -> DT_MAILUSER;
            case ENTRY_ID -> ephemeralIds ? ephemeralEntryId(entry) : permanentEntryId(entry.legacyDn());
            case INSTANCE_KEY -> new ByteWriter(4).i32(entry.mid()).toByteArray();
            case SEARCH_KEY -> ("EX:" + entry.legacyDn().toUpperCase(Locale.ROOT) + "\0")
                    .getBytes(StandardCharsets.US_ASCII);
            case MAPPING_SIGNATURE -> GUID_NSPI.clone();
            case PROXY_ADDRESSES -> entry.smtpAddress().map(s -> List.of("SMTP:" + s)).orElse(null);
            default -> null;
        };
        if (raw == null) {
            return Optional.empty();
        }
        PropertyType natural = naturalType(raw);
        PropertyType answered = answerType(asked, natural);
        if (answered == null) {
            return Optional.empty();
        }
        return Optional.of(PropertyValue.of(tag.withType(answered), raw));
    }

    /** The values of {@code columns}; a missing property is an ecNotFound error value. */
    List<PropertyValue> row(GalEntry entry, List<PropertyTag> columns, boolean ephemeralIds) {
        List<PropertyValue> values = new ArrayList<>(columns.size());
        for (PropertyTag column : columns) {
            values.add(value(entry, column, ephemeralIds).orElseGet(() -> PropertyValue.error(column,
                    NspiErrors.NOT_FOUND)));
        }
        return values;
    }

    private static PropertyType naturalType(Object raw) {
        return switch (raw) {
            case String s -> PropertyType.STRING;
            case Integer i -> PropertyType.INTEGER32;
            case byte[] b -> PropertyType.BINARY;
            case List<?> l -> PropertyType.MULTIPLE_STRING;
            default -> throw new IllegalStateException("no property type for " + raw.getClass());
        };
    }

    /** The type answered: the one asked when compatible (8-bit for 8-bit strings), else none. */
    private static PropertyType answerType(PropertyType asked, PropertyType natural) {
        if (asked == PropertyType.UNSPECIFIED || asked == natural) {
            return natural;
        }
        if (asked == PropertyType.STRING8 && natural == PropertyType.STRING) {
            return PropertyType.STRING8;
        }
        if (asked == PropertyType.MULTIPLE_STRING8 && natural == PropertyType.MULTIPLE_STRING) {
            return PropertyType.MULTIPLE_STRING8;
        }
        return null;
    }

    /** A PermanentEntryID, [MS-OXNSPI] 2.2.9.3: type 0, GUID_NSPI, version 1, DT_MAILUSER, the DN. */
    static byte[] permanentEntryId(String dn) {
        return new ByteWriter(29 + dn.length()).i32(0).bytes(GUID_NSPI).i32(1).i32(DT_MAILUSER).ascii8z(dn)
                .toByteArray();
    }

    /** An EphemeralEntryID, [MS-OXNSPI] 2.2.9.2: type 0x87, the server GUID, version 1, the MId. */
    byte[] ephemeralEntryId(GalEntry entry) {
        return new ByteWriter(32).i32(0x87).guid(serverGuid).i32(1).i32(DT_MAILUSER).i32(entry.mid())
                .toByteArray();
    }
}
