package org.interchange.mapi.codec.ids;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * An Address Book EntryID, [MS-OXCDATA] 2.2.5.2 (the PermanentEntryID of [MS-OXNSPI] 2.2.9.3):
 * Flags, the GUID_NSPI ProviderUID, Version 1, Type (the object's display type, e.g. 0x0 mail
 * user, 0x1 distribution list) and the X500 DN.
 */
public record AddressBookEntryId(int flags, int version, int type, String x500Dn) implements EntryId {
    public static final int VERSION = 1;
    public static final int LOCAL_MAIL_USER = 0x00000000;
    public static final int DISTRIBUTION_LIST = 0x00000001;

    public AddressBookEntryId {
        Objects.requireNonNull(x500Dn, "x500Dn");
        EntryIds.requireAscii(x500Dn, "X500DN");
    }

    /** The entry ID of the object with this DN and display type. */
    public static AddressBookEntryId of(int type, String x500Dn) {
        return new AddressBookEntryId(0, VERSION, type, x500Dn);
    }

    public static AddressBookEntryId decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        int flags = in.i32();
        EntryIds.requireProvider(in, ADDRESS_BOOK_PROVIDER, "Address Book EntryID");
        AddressBookEntryId id = new AddressBookEntryId(flags, in.i32(), in.i32(), EntryIds.ascii(in, "X500DN"));
        EntryIds.requireEnd(in, "Address Book EntryID");
        return id;
    }

    @Override
    public byte[] encode() {
        return new ByteWriter(29 + x500Dn.length()).i32(flags).bytes(ADDRESS_BOOK_PROVIDER).i32(version).i32(type)
                .ascii8z(x500Dn).toByteArray();
    }
}
