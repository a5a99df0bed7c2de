package org.interchange.mapi.client.write;

import java.util.function.Function;
import org.interchange.mapi.client.internal.session.SessionContext;

/**
 * How {@link MailboxWriter} runs an operation on its session: serialized with the session's other
 * calls and on a logged-on context, renewed after an expired Session Context ([MS-OXCMAPIHTTP] 3.2.5.6).
 * Implemented by {@code MapiSession}.
 */
public interface SessionAccess {

    <T> T call(Function<SessionContext, T> operation);
}
