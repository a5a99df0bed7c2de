package org.interchange.mapi.server.rop;

import org.interchange.mapi.server.store.Mailbox;

/** A logon to a private mailbox, [MS-OXCSTOR] 3.2.5.1; it also stands for the mailbox's store object. */
public record LogonObject(int logonId, Mailbox mailbox) implements ServerObject {

    @Override
    public LogonObject logon() {
        return this;
    }
}
