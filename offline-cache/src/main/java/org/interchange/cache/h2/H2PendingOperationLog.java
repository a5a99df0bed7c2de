package org.interchange.cache.h2;

import java.util.List;
import java.util.OptionalLong;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperationLog;

/** One account's pending operations in the H2 cache (ARCHITECTURE.md, "How data flows": write path). */
final class H2PendingOperationLog implements PendingOperationLog {

    private final H2Database db;
    private final Listeners listeners;
    private final String accountId;

    H2PendingOperationLog(H2Database db, Listeners listeners, String accountId) {
        this.db = db;
        this.listeners = listeners;
        this.accountId = accountId;
    }

    @Override
    public List<PendingOperation> pending() {
        return db.read("reading the pending operations of " + accountId,
                c -> PendingOperationTable.list(c, accountId));
    }

    @Override
    public void markDone(long operationId) {
        OptionalLong changedFolder = db.write("completing pending operation " + operationId,
                c -> PendingOperationTable.delete(c, accountId, operationId));
        changedFolder.ifPresent(listeners::itemsChanged);
    }

    @Override
    public void markFailed(long operationId, String reason) {
        db.write("recording the failure of pending operation " + operationId, c -> {
            PendingOperationTable.recordFailure(c, accountId, operationId, reason);
            return null;
        });
    }
}
