package org.interchange.mapi.codec.ids;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A One-Off EntryID, [MS-OXCDATA] 2.2.5.1: Flags, the one-off ProviderUID, Version 0, the 16-bit
 * one-off flags ({@link #UNICODE} selects UTF-16 strings, {@link #NO_RICH_INFO} plain text) and the
 * null-terminated DisplayName, AddressType and EmailAddress.
 */
public record OneOffEntryId(int flags, int oneOffFlags, String displayName, String addressType, String emailAddress)
        implements EntryId {
    public static final int UNICODE = 0x8000;
    public static final int NO_RICH_INFO = 0x0001;

    public OneOffEntryId {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(addressType, "addressType");
        Objects.requireNonNull(emailAddress, "emailAddress");
        if (oneOffFlags < 0 || oneOffFlags > 0xFFFF) {
            throw new MapiCodecException("one-off flags " + oneOffFlags + " do not fit 2 bytes");
        }
        for (String s : new String[] {displayName, addressType, emailAddress}) {
            if (s.indexOf('\0') >= 0) {
                throw new MapiCodecException("one-off entry ID strings cannot hold NUL characters");
            }
        }
    }

    /** A Unicode one-off entry ID for an SMTP address. */
    public static OneOffEntryId smtp(String displayName, String address) {
        return new OneOffEntryId(0, UNICODE | NO_RICH_INFO, displayName, "SMTP", address);
    }

    public boolean unicode() {
        return (oneOffFlags & UNICODE) != 0;
    }

    public static OneOffEntryId decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        int flags = in.i32();
        EntryIds.requireProvider(in, ONE_OFF_PROVIDER, "One-Off EntryID");
        int version = in.u16();
        if (version != 0) {
            throw new MapiCodecException("One-Off EntryID Version " + version + " is not 0");
        }
        int oneOffFlags = in.u16();
        boolean unicode = (oneOffFlags & UNICODE) != 0;
        OneOffEntryId id = new OneOffEntryId(flags, oneOffFlags, string(in, unicode), string(in, unicode),
                string(in, unicode));
        EntryIds.requireEnd(in, "One-Off EntryID");
        return id;
    }

    private static String string(ByteReader in, boolean unicode) {
        return unicode ? in.utf16z() : in.ascii8z();
    }

    @Override
    public byte[] encode() {
        ByteWriter out = new ByteWriter(64);
        out.i32(flags).bytes(ONE_OFF_PROVIDER).u16(0).u16(oneOffFlags);
        for (String s : new String[] {displayName, addressType, emailAddress}) {
            if (unicode()) {
                out.utf16z(s);
            } else {
                out.ascii8z(s);
            }
        }
        return out.toByteArray();
    }
}
