package org.interchange.mapi.client.write;

import java.util.Objects;

/**
 * A recipient of a message to write, [MS-OXCMSG] 2.2.3.1 (RopModifyRecipients): PidTagRecipientType,
 * display name, SMTP address and PidTagRecipientTrackStatus ([MS-OXOCAL] 2.2.4.10.1: the meeting
 * response of an attendee; 0 respNone writes nothing).
 */
public record RecipientSpec(int type, String displayName, String emailAddress, int trackStatus) {
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

    /** A recipient without track status. */
    public RecipientSpec(int type, String displayName, String emailAddress) {
        this(type, displayName, emailAddress, 0);
    }

    /** This recipient with PidTagRecipientTrackStatus, e.g. 3 respAccepted ([MS-OXOCAL] 2.2.4.10.1). */
    public RecipientSpec withTrackStatus(int status) {
        return new RecipientSpec(type, displayName, emailAddress, status);
    }

    public static RecipientSpec to(String displayName, String emailAddress) {
        return new RecipientSpec(TO, displayName, emailAddress);
    }
}
