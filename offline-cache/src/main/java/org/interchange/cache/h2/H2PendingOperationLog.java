package org.interchange.cache.h2;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperationLog;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.cache.spi.UploadResult;

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
    public Optional<PendingOperation> load(long operationId) {
        return db.read("reading pending operation " + operationId, c -> {
            Optional<PendingOperation> found = PendingOperationTable.find(c, accountId, operationId);
            if (found.isEmpty() || !found.get().kind().carriesItem() && found.get().kind() != PendingOperation.Kind.MOVE) {
                return found;
            }
            PendingOperation op = found.get();
            OptionalLong folderId = FolderTable.idOf(c, accountId, op.folderServerId());
            RemoteItem item = folderId.isEmpty() ? null
                    : ItemLoader.load(c, folderId.getAsLong(), op.itemServerId()).orElse(null);
            return Optional.of(new PendingOperation(op.id(), op.folderServerId(), op.itemServerId(), op.kind(),
                    op.value(), item));
        });
    }

    @Override
    public void markDone(long operationId, UploadResult result) {
        db.write("completing pending operation " + operationId, c -> {
            UploadOutcomes outcomes = new UploadOutcomes(c, accountId);
            outcomes.done(operationId, result);
            return outcomes.touched();
        }).tell(listeners);
    }

    @Override
    public void markConflict(long operationId, boolean gone) {
        db.write("keeping the local version of pending operation " + operationId, c -> {
            UploadOutcomes outcomes = new UploadOutcomes(c, accountId);
            outcomes.conflict(operationId, gone);
            return outcomes.touched();
        }).tell(listeners);
    }

    @Override
    public void markFailed(long operationId, String reason) {
        db.write("recording the failure of pending operation " + operationId, c -> {
            PendingOperationTable.recordFailure(c, accountId, operationId, reason);
            return null;
        });
    }
}
