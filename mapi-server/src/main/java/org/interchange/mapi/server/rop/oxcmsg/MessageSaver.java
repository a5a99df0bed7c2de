package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.store.MessageRecord;

/** Stores an open message's pending changes, [MS-OXCMSG] 3.2.5.3; an unchanged saved message is left alone. */
public final class MessageSaver {
    private MessageSaver() {
    }

    /** Saves {@code message} if it has changes and returns its MID. */
    public static long save(RopContext context, MessageObject message) {
        if (message.hasChanges()) {
            MessageRecord saved = context.store().saveMessage(message.logon().mailbox(), message.folderId(),
                    message.messageId(), message.draft(context.store()).toNewMessage(), message.associated(), null);
            message.saved(saved);
        }
        return message.messageId();
    }
}
