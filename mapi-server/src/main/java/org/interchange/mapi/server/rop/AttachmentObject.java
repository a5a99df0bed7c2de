package org.interchange.mapi.server.rop;

import org.interchange.mapi.server.store.AttachmentRecord;

/** An open attachment of a message, read-only, [MS-OXCMSG] 3.2.5.12. */
public record AttachmentObject(MessageObject message, AttachmentRecord attachment) implements ServerObject {

    @Override
    public LogonObject logon() {
        return message.logon();
    }
}
