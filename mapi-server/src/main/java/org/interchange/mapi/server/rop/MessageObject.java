package org.interchange.mapi.server.rop;

import org.interchange.mapi.server.store.MessageRecord;

/** An open message, read-only, [MS-OXCMSG] 3.2.5.1. */
public record MessageObject(LogonObject logon, MessageRecord message) implements ServerObject {
}
