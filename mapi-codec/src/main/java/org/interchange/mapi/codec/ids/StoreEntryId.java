package org.interchange.mapi.codec.ids;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A Store Object EntryID, [MS-OXCDATA] 2.2.4.3: Flags, the store-wrap ProviderUID, Version 0,
 * Flag 0, DLLFileName "emsmdb.dll", WrappedFlags, the WrappedProvider UID of a mailbox or public
 * store, WrappedType, the ServerShortname and, for a mailbox store, the MailboxDN.
 */
public record StoreEntryId(int flags, boolean publicStore, int wrappedFlags, int wrappedType,
                           String serverShortname, Optional<String> mailboxDn) implements EntryId {
    /** WrappedProvider UID of a private mailbox store. */
    public static final byte[] MAILBOX_STORE_PROVIDER = HexFormat.of().parseHex("1b55fa20aa6611cd9bc800aa002fc45a");
    /** WrappedProvider UID of a public folder store. */
    public static final byte[] PUBLIC_STORE_PROVIDER = HexFormat.of().parseHex("1c830210aa6611cd9bc800aa002fc45a");
    /** WrappedType of a mailbox store. */
    public static final int MAILBOX_STORE_TYPE = 0x0000000C;
    /** WrappedType of a public folder store. */
    public static final int PUBLIC_STORE_TYPE = 0x00000006;

    private static final byte[] DLL_FILE_NAME = Arrays.copyOf("emsmdb.dll".getBytes(StandardCharsets.US_ASCII), 14);

    public StoreEntryId {
        Objects.requireNonNull(serverShortname, "serverShortname");
        Objects.requireNonNull(mailboxDn, "mailboxDn");
        EntryIds.requireAscii(serverShortname, "ServerShortname");
        mailboxDn.ifPresent(dn -> EntryIds.requireAscii(dn, "MailboxDN"));
    }

    /** The entry ID of a user's mailbox on {@code server}. */
    public static StoreEntryId mailbox(String server, String mailboxDn) {
        return new StoreEntryId(0, false, 0, MAILBOX_STORE_TYPE, server, Optional.of(mailboxDn));
    }

    /** The entry ID of the public folder store on {@code server}. */
    public static StoreEntryId publicFolders(String server) {
        return new StoreEntryId(0, true, 0, PUBLIC_STORE_TYPE, server, Optional.empty());
    }

    public static StoreEntryId decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        int flags = in.i32();
        EntryIds.requireProvider(in, STORE_WRAP_PROVIDER, "Store Object EntryID");
        int version = in.u8();
        int flag = in.u8();
        if (version != 0 || flag != 0) {
            throw new MapiCodecException("Store Object EntryID Version " + version + " Flag " + flag + " are not 0");
        }
        if (!Arrays.equals(in.bytes(14, "DLLFileName"), DLL_FILE_NAME)) {
            throw new MapiCodecException("Store Object EntryID DLLFileName is not emsmdb.dll");
        }
        int wrappedFlags = in.i32();
        byte[] wrapped = in.bytes(16, "WrappedProvider UID");
        boolean publicStore;
        if (Arrays.equals(wrapped, MAILBOX_STORE_PROVIDER)) {
            publicStore = false;
        } else if (Arrays.equals(wrapped, PUBLIC_STORE_PROVIDER)) {
            publicStore = true;
        } else {
            throw new MapiCodecException("Store Object EntryID WrappedProvider UID " + HexFormat.of().formatHex(wrapped)
                    + " is neither the mailbox nor the public store provider");
        }
        int wrappedType = in.i32();
        String server = EntryIds.ascii(in, "ServerShortname");
        Optional<String> dn = in.hasRemaining() ? Optional.of(EntryIds.ascii(in, "MailboxDN")) : Optional.empty();
        EntryIds.requireEnd(in, "Store Object EntryID");
        return new StoreEntryId(flags, publicStore, wrappedFlags, wrappedType, server, dn);
    }

    @Override
    public byte[] encode() {
        ByteWriter out = new ByteWriter(64 + serverShortname.length() + mailboxDn.map(String::length).orElse(0));
        out.i32(flags).bytes(STORE_WRAP_PROVIDER).u8(0).u8(0).bytes(DLL_FILE_NAME).i32(wrappedFlags)
                .bytes(publicStore ? PUBLIC_STORE_PROVIDER : MAILBOX_STORE_PROVIDER).i32(wrappedType)
                .ascii8z(serverShortname);
        mailboxDn.ifPresent(out::ascii8z);
        return out.toByteArray();
    }
}
