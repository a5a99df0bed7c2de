package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiRecipient;
import org.interchange.mapi.client.write.RecipientSpec;

/**
 * The recipients of the server's version of a message, to send again when an edit replaces the whole message
 * ([MS-OXCFXICS] 2.2.3.2.4.2: the entire changed message is uploaded, and 3.2.5.9.4.2: the server purges the old
 * one's subobjects first) and the cache does not hold them: the attendees of appointments, the recipients of other
 * items and of mail the cache keeps no To, Cc and Bcc fields for.
 */
final class KeptRecipients {
    /** MAPI_E_CALL_FAILED, [MS-OXCDATA] 2.4.1. */
    private static final int CALL_FAILED = 0x80004005;

    private KeptRecipients() {
    }

    /** The To, Cc and Bcc recipients of {@code current}; fails when the server did not send them all. */
    static List<RecipientSpec> of(MapiMessage current) {
        if (!current.recipientsComplete()) {
            // an upload without the recipients not sent would remove them on the server
            throw new MapiOperationException("reading every recipient of message " + current.messageId(),
                    CALL_FAILED);
        }
        List<RecipientSpec> kept = new ArrayList<>();
        for (MapiRecipient r : current.recipients()) {
            int type = r.type() & 0x0F;
            if (type >= RecipientSpec.TO && type <= RecipientSpec.BCC && !r.address().isEmpty()) {
                kept.add(new RecipientSpec(type, r.displayName().isEmpty() ? null : r.displayName(), r.address(),
                        r.trackStatus()));
            }
        }
        return kept;
    }
}
