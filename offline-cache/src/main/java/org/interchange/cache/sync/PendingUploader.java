package org.interchange.cache.sync;

import java.util.Optional;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperationLog;
import org.interchange.cache.spi.UploadConflictException;
import org.interchange.cache.spi.UploadResult;

/**
 * Uploads an account's pending operations in order ([MS-OXCFXICS] 3.3.4.3): done ones are forgotten, refused
 * ones kept as conflict copies, failed ones kept for the next run.
 */
final class PendingUploader {

    /** What an upload pass did; {@code firstError} is null when nothing failed. */
    record Uploads(int uploaded, int failed, int conflicts, Exception firstError) {
        static final Uploads NONE = new Uploads(0, 0, 0, null);
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
        int conflicts = 0;
        Exception firstError = null;
        for (PendingOperation listed : log.pending()) {
            cancel.throwIfCancelled();
            Optional<PendingOperation> loaded = log.load(listed.id());
            if (loaded.isEmpty()) {
                continue;
            }
            PendingOperation operation = loaded.get();
            if (operation.kind().carriesItem() && operation.item() == null) {
                log.markDone(operation.id(), UploadResult.DONE);
                continue;
            }
            UploadResult result;
            try {
                result = backend.upload(operation);
            } catch (UploadConflictException e) {
                log.markConflict(operation.id(), e.gone());
                conflicts++;
                continue;
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
            log.markDone(operation.id(), result);
            uploaded++;
        }
        return new Uploads(uploaded, failed, conflicts, firstError);
    }
}
