package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.ItemRows.ItemRow;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperation.Kind;
import org.interchange.cache.spi.UploadResult;

/**
 * What an upload's outcome does to the cache, in the transaction that forgets the operation
 * ([MS-OXCFXICS] 3.3.5.8 upload and conflicts): a created item takes its server id, a moved copy takes the
 * id it has in its new folder, a deleted or sent item goes; on a conflict the local version becomes a
 * conflict copy, a new locally created item, so no local edit is lost.
 */
final class UploadOutcomes {

    private final Connection c;
    private final String accountId;
    private final Touched touched = new Touched();

    UploadOutcomes(Connection c, String accountId) {
        this.c = c;
        this.accountId = accountId;
    }

    Touched touched() {
        return touched;
    }

    void done(long operationId, UploadResult result) throws SQLException {
        Optional<PendingOperation> found = PendingOperationTable.find(c, accountId, operationId);
        if (found.isEmpty()) {
            return;
        }
        PendingOperation op = found.get();
        PendingOperationTable.deleteById(c, operationId);
        if (op.kind() == Kind.CREATE_FOLDER && result.itemServerId() != null) {
            LocalFolders.created(c, accountId, op.itemServerId(), result.itemServerId(), touched);
        }
        if (op.kind().changesFolder()) {
            return;
        }
        OptionalLong folderId = FolderTable.idOf(c, accountId, op.folderServerId());
        if (folderId.isEmpty()) {
            return;
        }
        Optional<ItemRow> row = ItemRows.find(c, folderId.getAsLong(), op.itemServerId());
        if (row.isEmpty()) {
            return;
        }
        touched.folder(accountId, folderId.getAsLong());
        switch (op.kind()) {
            case DELETE, SEND -> {
                ItemRows.remove(c, row.get());
                PendingOperationTable.deleteFor(c, accountId, op.folderServerId(), op.itemServerId());
            }
            case MOVE -> moved(op, row.get(), result);
            case CREATE -> {
                if (result.serverNewer()) {
                    serverVersionWins(row.get(), op.folderServerId(), result.itemServerId());
                } else {
                    takeServerId(row.get(), op.folderServerId(), result);
                }
            }
            case SET_READ, SET_FLAGGED, UPDATE -> {
                if (result.revision() != null) {
                    ItemRows.setRevision(c, row.get().id(), result.revision());
                }
                syncedUnlessPending(row.get(), op.folderServerId(), op.itemServerId());
            }
        }
    }

    void conflict(long operationId, boolean gone) throws SQLException {
        Optional<PendingOperation> found = PendingOperationTable.find(c, accountId, operationId);
        if (found.isEmpty()) {
            return;
        }
        PendingOperation op = found.get();
        if (!op.kind().conflicts()) {
            PendingOperationTable.recordFailure(c, accountId, operationId, op.kind() + " was refused as a conflict");
            return;
        }
        PendingOperationTable.deleteById(c, operationId);
        OptionalLong folderId = FolderTable.idOf(c, accountId, op.folderServerId());
        Optional<ItemRow> found2 = folderId.isEmpty() ? Optional.empty()
                : ItemRows.find(c, folderId.getAsLong(), op.itemServerId());
        if (found2.isEmpty()) {
            return;
        }
        ItemRow row = found2.get();
        touched.folder(accountId, row.folderId());
        switch (op.kind()) {
            case UPDATE -> {
                ConflictCopies.keep(c, accountId, row, op.folderServerId());
                forgetOrRefetch(row, op.folderServerId(), gone);
            }
            case CREATE, SEND, CREATE_FOLDER, RENAME_FOLDER -> throw new IllegalStateException(op.kind()
                    + " cannot conflict");
            case MOVE -> {
                ConflictCopies.dropMovedCopy(c, accountId, op.value(), op.itemServerId())
                        .ifPresent(target -> touched.folder(accountId, target));
                forgetOrRefetch(row, op.folderServerId(), gone);
            }
            case DELETE, SET_READ, SET_FLAGGED -> forgetOrRefetch(row, op.folderServerId(), gone);
        }
    }

    /**
     * The MOVE went through: the hidden original goes, the copy takes its id in the target folder and the
     * revision the move gave it (none when the backend cannot tell: the next download brings it).
     */
    private void moved(PendingOperation op, ItemRow original, UploadResult result) throws SQLException {
        ItemRows.remove(c, original);
        OptionalLong target = FolderTable.idOf(c, accountId, op.value());
        if (target.isEmpty()) {
            return;
        }
        Optional<ItemRow> copy = ItemRows.find(c, target.getAsLong(), op.itemServerId());
        if (copy.isPresent()) {
            touched.folder(accountId, target.getAsLong());
            ItemRows.setRevision(c, copy.get().id(), result.revision());
            takeServerId(copy.get(), op.value(), result);
        }
    }

    /**
     * A created or moved item takes the server id of {@code result}; when the download already brought that
     * item, the local row gives way to it. Without an id the local row goes and the next download brings the
     * server's item; a content edit made to it meanwhile is kept as a conflict copy.
     */
    private void takeServerId(ItemRow row, String folderServerId, UploadResult result) throws SQLException {
        if (result.itemServerId() == null) {
            if (ConflictCopies.edited(c, accountId, folderServerId, row.serverId())) {
                ConflictCopies.keep(c, accountId, row, folderServerId);
            }
            ItemRows.remove(c, row);
            PendingOperationTable.deleteFor(c, accountId, folderServerId, row.serverId());
            return;
        }
        Optional<ItemRow> downloaded = ItemRows.find(c, row.folderId(), result.itemServerId());
        if (downloaded.isPresent() && downloaded.get().id() != row.id()) {
            ItemRows.remove(c, downloaded.get());
        }
        ItemRows.rename(c, row, result.itemServerId(), result.revision());
        PendingOperationTable.retarget(c, accountId, folderServerId, row.serverId(), folderServerId,
                result.itemServerId());
        syncedUnlessPending(ItemRows.lock(c, row.id()), folderServerId, result.itemServerId());
    }

    /**
     * A replayed creation found its item on the server changed since: the server's version wins. A content edit
     * waiting for the local item is kept as a conflict copy; the row takes the server id without a revision, so
     * the next download replaces its content, or gives way to the server's item when a download brought it already.
     */
    private void serverVersionWins(ItemRow row, String folderServerId, String serverId) throws SQLException {
        if (ConflictCopies.edited(c, accountId, folderServerId, row.serverId())) {
            ConflictCopies.keep(c, accountId, row, folderServerId);
        }
        PendingOperationTable.deleteFor(c, accountId, folderServerId, row.serverId());
        Optional<ItemRow> downloaded = ItemRows.find(c, row.folderId(), serverId);
        if (downloaded.isPresent() && downloaded.get().id() != row.id()) {
            ItemRows.remove(c, row);
            return;
        }
        ItemRows.rename(c, row, serverId, null);
        ItemRows.setRevision(c, row.id(), null);
        ItemRows.setState(c, ItemRows.lock(c, row.id()), OfflineState.SYNCED);
    }

    private void syncedUnlessPending(ItemRow row, String folderServerId, String itemServerId) throws SQLException {
        if (row.state() != OfflineState.LOCALLY_DELETED
                && PendingOperationTable.kindsFor(c, accountId, folderServerId, itemServerId).isEmpty()) {
            ItemRows.setState(c, row, OfflineState.SYNCED);
        }
    }

    /**
     * After a refused change the row shows the server's state again: gone from the server, it is removed with
     * its operations; changed there, it is shown and its revision cleared so the next download replaces it.
     */
    private void forgetOrRefetch(ItemRow row, String folderServerId, boolean gone) throws SQLException {
        if (gone || row.state() == OfflineState.LOCALLY_CREATED) {
            ItemRows.remove(c, row);
            PendingOperationTable.deleteFor(c, accountId, folderServerId, row.serverId());
            return;
        }
        ItemRows.setRevision(c, row.id(), null);
        PendingOperationTable.deleteFor(c, accountId, folderServerId, row.serverId(), Kind.UPDATE, Kind.DELETE,
                Kind.MOVE);
        if (PendingOperationTable.kindsFor(c, accountId, folderServerId, row.serverId()).isEmpty()) {
            ItemRows.setState(c, row, OfflineState.SYNCED);
        } else {
            ItemRows.setState(c, row, OfflineState.LOCALLY_MODIFIED);
        }
    }
}
