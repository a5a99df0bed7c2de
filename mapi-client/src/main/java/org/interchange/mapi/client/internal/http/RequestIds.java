package org.interchange.mapi.client.internal.http;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * X-ClientInfo and X-RequestId values, [MS-OXCMAPIHTTP] 2.2.3.2.4 and 2.2.3.2.5: "{GUID}:counter".
 * The client-info GUID is fixed for this client instance and its counter changes with each new
 * Session Context; the request-id GUID is fixed per Session Context and its counter grows with
 * every HTTP request.
 */
public final class RequestIds {
    private final UUID clientGuid = UUID.randomUUID();
    private final AtomicLong sessionCounter = new AtomicLong();
    private final AtomicLong requestCounter = new AtomicLong();
    private volatile UUID sessionGuid = UUID.randomUUID();
    private volatile String clientInfo = format(clientGuid, 0);

    /** Starts a new Session Context: a new request-id GUID and the next client-info counter. */
    public void newSession() {
        sessionGuid = UUID.randomUUID();
        clientInfo = format(clientGuid, sessionCounter.incrementAndGet());
    }

    public String clientInfo() {
        return clientInfo;
    }

    public String nextRequestId() {
        return format(sessionGuid, requestCounter.incrementAndGet());
    }

    private static String format(UUID guid, long counter) {
        return "{" + guid.toString().toUpperCase(Locale.ROOT) + "}:" + counter;
    }
}
