package org.interchange.mapi.codec.ids;

import java.util.Arrays;
import java.util.HexFormat;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * An entry ID, [MS-OXCDATA] 2.2.4 and 2.2.5: of a folder, message, store, address-book object
 * (permanent, or ephemeral as in [MS-OXNSPI] 2.2.9.2) or a one-off recipient. {@link #decode}
 * tells them apart by the ephemeral ID type, the ProviderUID and the length.
 */
public sealed interface EntryId
        permits FolderEntryId, MessageEntryId, StoreEntryId, AddressBookEntryId, EphemeralEntryId, OneOffEntryId {

    /** ProviderUID of store object entry IDs (MUID_STORE_WRAP), [MS-OXCDATA] 2.2.4.3. */
    byte[] STORE_WRAP_PROVIDER = HexFormat.of().parseHex("38a1bb1005e5101aa1bb08002b2a56c2");
    /** ProviderUID of address-book entry IDs (GUID_NSPI), [MS-OXCDATA] 2.2.5.2. */
    byte[] ADDRESS_BOOK_PROVIDER = HexFormat.of().parseHex("dca740c8c042101ab4b908002b2fe182");
    /** ProviderUID of one-off entry IDs, [MS-OXCDATA] 2.2.5.1. */
    byte[] ONE_OFF_PROVIDER = HexFormat.of().parseHex("812b1fa4bea310199d6e00dd010f5402");

    /** The wire bytes of this entry ID. */
    byte[] encode();

    /** Decodes any entry ID this package knows; fails naming what did not fit. */
    static EntryId decode(byte[] bytes) {
        if (bytes.length == EphemeralEntryId.SIZE && (bytes[0] & 0xFF) == EphemeralEntryId.ID_TYPE) {
            return EphemeralEntryId.decode(bytes);
        }
        if (bytes.length < 20) {
            throw new MapiCodecException("entry ID of " + bytes.length + " bytes is shorter than Flags and ProviderUID");
        }
        byte[] provider = Arrays.copyOfRange(bytes, 4, 20);
        if (Arrays.equals(provider, STORE_WRAP_PROVIDER)) {
            return StoreEntryId.decode(bytes);
        }
        if (Arrays.equals(provider, ADDRESS_BOOK_PROVIDER)) {
            return AddressBookEntryId.decode(bytes);
        }
        if (Arrays.equals(provider, ONE_OFF_PROVIDER)) {
            return OneOffEntryId.decode(bytes);
        }
        return switch (bytes.length) {
            case FolderEntryId.SIZE -> FolderEntryId.decode(bytes);
            case MessageEntryId.SIZE -> MessageEntryId.decode(bytes);
            default -> throw new MapiCodecException("entry ID of " + bytes.length + " bytes with ProviderUID "
                    + HexFormat.of().formatHex(provider) + " is no store, address-book, one-off, folder (46 bytes)"
                    + " or message (70 bytes) entry ID");
        };
    }
}
