package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.api.ItemKind;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiRecipient;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.client.write.RecipientSpec;

/**
 * Keeps the recipients the cache does not hold when an edit replaces a whole message ([MS-OXCFXICS] 2.2.3.2.4.2:
 * the entire changed message is uploaded, and 3.2.5.9.4.2: the server purges the old one's subobjects first).
 * The cache keeps the recipients of mail as its To, Cc and Bcc fields, but not the attendees of appointments or
 * the recipients of other items, so those are read from the server's current version and sent again.
 */
final class KeptRecipients {
    /** MAPI_E_CALL_FAILED, [MS-OXCDATA] 2.4.1. */
    private static final int CALL_FAILED = 0x80004005;
    private KeptRecipients() {
    }

    /** {@code spec} with the server's recipients of message {@code messageId} when the cache does not hold them. */
    static MessageSpec keep(MapiSession session, ItemKind kind, long folderId, long messageId, MessageSpec spec) {
        if (kind == ItemKind.MAIL || !spec.recipients().isEmpty()) {
            return spec;
        }
        try (MapiMessage current = session.openMessage(folderId, messageId)) {
            if (!current.recipientsComplete()) {
                // an upload without the recipients not sent would remove them on the server
                throw new MapiOperationException("reading every recipient of message " + messageId, CALL_FAILED);
            }
            List<RecipientSpec> kept = new ArrayList<>();
            for (MapiRecipient r : current.recipients()) {
                int type = r.type() & 0x0F;
                if (type >= RecipientSpec.TO && type <= RecipientSpec.BCC && !r.address().isEmpty()) {
                    kept.add(new RecipientSpec(type, r.displayName().isEmpty() ? null : r.displayName(), r.address(),
                            r.trackStatus()));
                }
            }
            return spec.withRecipients(kept);
        }
    }
}
