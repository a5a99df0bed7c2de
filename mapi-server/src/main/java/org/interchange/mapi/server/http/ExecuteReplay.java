package org.interchange.mapi.server.http;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The last Execute of a Session Context, kept so that a client that lost the response resends it
 * instead of running its ROPs twice ([MS-OXCMAPIHTTP] 2.2.3.3.2: X-RequestId's counter grows
 * with every <em>new</em> request, so a resend carries the same X-RequestId; 3.1.5.1: the
 * sequence cookie admits one request at a time). A request that comes with the sequence cookie
 * this Execute consumed and the same X-RequestId is answered with this Execute's response body.
 */
final class ExecuteReplay {
    private final String consumedSequence;
    private final String requestId;
    private final CompletableFuture<byte[]> response = new CompletableFuture<>();

    ExecuteReplay(String consumedSequence, String requestId) {
        this.consumedSequence = consumedSequence;
        this.requestId = requestId;
    }

    /** Whether a request with these cookie and header values is a resend of this Execute. */
    boolean isResentBy(String sequence, String resentRequestId) {
        return consumedSequence.equals(sequence) && requestId != null && requestId.equals(resentRequestId);
    }

    /** Runs the Execute and keeps its response body (or its failure) for a resend. */
    byte[] run(Callable<byte[]> execute) throws Exception {
        try {
            byte[] body = execute.call();
            response.complete(body);
            return body;
        } catch (Exception | Error e) {
            response.completeExceptionally(e);
            throw e;
        }
    }

    /** The response body of the Execute, waiting while it still runs; its failure if it failed. */
    byte[] response() throws Exception {
        try {
            return response.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
