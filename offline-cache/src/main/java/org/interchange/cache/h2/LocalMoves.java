package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.FolderTable.FolderRef;
import org.interchange.cache.h2.ItemRows.ItemRow;
import org.interchange.cache.spi.PendingOperation.Kind;

/**
 * Local moves and deletions ([MS-OXCFXICS] 2.2.3.2.4.4 and 2.2.3.2.4.5). A server item that moves
 * stays hidden (LOCALLY_DELETED) in its folder, so a download of that folder before the upload finds
 * it and adds no duplicate, and a copy under the same server id shows in the target folder, carrying
 * its origin; the MOVE operation names the target. A locally created item simply changes folder.
 */
final class LocalMoves {

    private LocalMoves() {
    }

    /** Deletes an item as {@link org.interchange.cache.api.CacheEdits#delete} says; returns its id in Deleted Items. */
    static OptionalLong delete(Connection c, long itemId, DeleteMode mode, Touched touched) throws SQLException {
        ItemRow row = ItemRows.lockVisible(c, itemId);
        FolderRef folder = FolderTable.ref(c, row.folderId());
        if (mode == DeleteMode.TO_DELETED_ITEMS && folder.role() != FolderRole.DELETED) {
            Optional<FolderRef> trash = FolderTable.withRole(c, folder.accountId(), FolderRole.DELETED);
            if (trash.isPresent()) {
                return OptionalLong.of(move(c, row, folder, trash.get(), touched));
            }
        }
        deletePermanently(c, row, folder);
        touched.folder(folder.accountId(), folder.id());
        return OptionalLong.empty();
    }

    static long move(Connection c, long itemId, long targetFolderId, Touched touched) throws SQLException {
        ItemRow row = ItemRows.lockVisible(c, itemId);
        FolderRef from = FolderTable.ref(c, row.folderId());
        FolderRef to = FolderTable.ref(c, targetFolderId);
        if (!from.accountId().equals(to.accountId())) {
            throw new IllegalArgumentException("Item " + itemId + " of account " + from.accountId()
                    + " cannot move to folder " + targetFolderId + " of account " + to.accountId());
        }
        return move(c, row, from, to, touched);
    }

    /** Deletes for good: a local item vanishes with its operations, a server item hides until DELETE is uploaded. */
    static void deletePermanently(Connection c, ItemRow row, FolderRef folder) throws SQLException {
        String account = folder.accountId();
        if (row.state() == OfflineState.LOCALLY_CREATED) {
            ItemRows.remove(c, row);
            PendingOperationTable.deleteFor(c, account, folder.serverId(), row.serverId());
        } else if (row.movedCopy()) {
            FolderRef origin = FolderTable.ref(c, row.originFolderId());
            ItemRows.remove(c, row);
            PendingOperationTable.deleteFor(c, account, folder.serverId(), row.serverId());
            PendingOperationTable.deleteFor(c, account, origin.serverId(), row.serverId(), Kind.MOVE);
            PendingOperationTable.insert(c, account, origin.serverId(), row.serverId(), Kind.DELETE, null);
        } else {
            ItemRows.setState(c, row, OfflineState.LOCALLY_DELETED);
            PendingOperationTable.deleteFor(c, account, folder.serverId(), row.serverId());
            PendingOperationTable.insert(c, account, folder.serverId(), row.serverId(), Kind.DELETE, null);
        }
    }

    private static long move(Connection c, ItemRow row, FolderRef from, FolderRef to, Touched touched)
            throws SQLException {
        String account = from.accountId();
        touched.folder(account, from.id()).folder(account, to.id());
        if (from.id() == to.id()) {
            return row.id();
        }
        if (row.state() == OfflineState.LOCALLY_CREATED) {
            ItemRows.relocate(c, row, to.id());
            PendingOperationTable.retarget(c, account, from.serverId(), row.serverId(), to.serverId(), row.serverId());
            return row.id();
        }
        if (row.movedCopy()) {
            return moveCopyOn(c, row, from, to);
        }
        long copy = ItemRows.copy(c, row, to.id(), row.serverId(), OfflineState.LOCALLY_MODIFIED, from.id());
        ItemRows.setState(c, row, OfflineState.LOCALLY_DELETED);
        PendingOperationTable.insert(c, account, from.serverId(), row.serverId(), Kind.MOVE, to.serverId());
        return copy;
    }

    /** Moves the copy of a moved item again: the pending MOVE gets the new target, or goes when it is home again. */
    private static long moveCopyOn(Connection c, ItemRow copy, FolderRef from, FolderRef to) throws SQLException {
        String account = from.accountId();
        FolderRef origin = FolderTable.ref(c, copy.originFolderId());
        PendingOperationTable.retarget(c, account, from.serverId(), copy.serverId(), to.serverId(), copy.serverId());
        if (origin.id() != to.id()) {
            ItemRows.relocate(c, copy, to.id());
            ItemRows.setOrigin(c, copy.id(), origin.id());
            PendingOperationTable.setValue(c, account, origin.serverId(), copy.serverId(), Kind.MOVE, to.serverId());
            return copy.id();
        }
        ItemRow original = ItemRows.find(c, origin.id(), copy.serverId()).orElseThrow();
        ItemRows.remove(c, original);
        ItemRows.relocate(c, copy, origin.id());
        PendingOperationTable.deleteFor(c, account, origin.serverId(), copy.serverId(), Kind.MOVE);
        if (PendingOperationTable.kindsFor(c, account, origin.serverId(), copy.serverId()).isEmpty()) {
            ItemRows.setState(c, ItemRows.lock(c, copy.id()), OfflineState.SYNCED);
        }
        return copy.id();
    }
}
