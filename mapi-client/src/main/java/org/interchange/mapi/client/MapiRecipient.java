package org.interchange.mapi.client;

import java.util.Objects;

/**
 * One recipient of an opened message, from the RecipientRows of the RopOpenMessage response,
 * [MS-OXCROPS] 2.2.6.1.2.1 and [MS-OXCDATA] 2.8.3.2. {@code type} is the RecipientType
 * ({@link #TO}, {@link #CC}, {@link #BCC}); {@code address} is the e-mail address (the SMTP address
 * when the server sent one, else the address of {@code addressType}, e.g. an X500 DN for "EX").
 * Strings are empty when absent. {@code trackStatus} is PidTagRecipientTrackStatus ([MS-OXOCAL]
 * 2.2.4.10.1) when the server sent it among the recipient columns, else 0 (respNone).
 */
public record MapiRecipient(int type, String displayName, String address, String addressType, int trackStatus) {
    /** RecipientType values, [MS-OXCMSG] 2.2.3.1.2 (the low bits; higher bits are flags). */
    public static final int TO = 0x01;
    public static final int CC = 0x02;
    public static final int BCC = 0x03;

    public MapiRecipient {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(addressType, "addressType");
    }

    /** A recipient without track status. */
    public MapiRecipient(int type, String displayName, String address, String addressType) {
        this(type, displayName, address, addressType, 0);
    }
}
