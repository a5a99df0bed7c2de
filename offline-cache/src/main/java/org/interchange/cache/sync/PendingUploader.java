package org.interchange.cache.sync;

import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperationLog;

/** Uploads an account's pending operations in order: done ones are forgotten, failed ones kept for the next run. */
final class PendingUploader {

    /** What an upload pass did; {@code firstError} is null when nothing failed. */
    record Uploads(int uploaded, int failed, Exception firstError) {
    }

    private final PendingOperationLog log;
    private final Backend backend;

    PendingUploader(PendingOperationLog log, Backend backend) {
        this.log = log;
        this.backend = backend;
    }

    /**
     * @throws BackendException when the server cannot be reached (the operation stays pending)
     */
    Uploads upload(CancellationToken cancel) throws BackendException {
        int uploaded = 0;
        int failed = 0;
        Exception firstError = null;
        for (PendingOperation operation : log.pending()) {
            cancel.throwIfCancelled();
            try {
                backend.upload(operation);
            } catch (BackendException e) {
                if (e.offline()) {
                    throw e;
                }
                log.markFailed(operation.id(), e.getMessage());
                failed++;
                firstError = firstError == null ? e : firstError;
                continue;
            } catch (RuntimeException e) {
                log.markFailed(operation.id(), String.valueOf(e));
                failed++;
                firstError = firstError == null ? e : firstError;
                continue;
            }
            log.markDone(operation.id());
            uploaded++;
        }
        return new Uploads(uploaded, failed, firstError);
    }
}
