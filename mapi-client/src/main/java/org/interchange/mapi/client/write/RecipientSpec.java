package org.interchange.mapi.client.write;

import java.util.Objects;

/**
 * A recipient of a message to write, [MS-OXCMSG] 2.2.3.1 (RopModifyRecipients): PidTagRecipientType,
 * display name and SMTP address.
 */
public record RecipientSpec(int type, String displayName, String emailAddress) {
    /** PidTagRecipientType To, [MS-OXOMSG] 2.2.3.1. */
    public static final int TO = 1;
    public static final int CC = 2;
    public static final int BCC = 3;

    public RecipientSpec {
        if (type < TO || type > BCC) {
            throw new IllegalArgumentException("recipient type " + type);
        }
        Objects.requireNonNull(emailAddress, "emailAddress");
        displayName = displayName == null ? emailAddress : displayName;
    }

    public static RecipientSpec to(String displayName, String emailAddress) {
        return new RecipientSpec(TO, displayName, emailAddress);
    }
}
