package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;

/**
 * Pending operations of one folder as an ICS collector uploads them ([MS-OXCFXICS] 3.3.4.3.3): the folder's FID
 * and each operation's MID, in order.
 */
record FolderBatch(String folderServerId, long folderId, List<Long> messageIds) {

    /** The ids of {@code operations}, which must all name items of one folder. */
    static FolderBatch of(List<PendingOperation> operations, String verb) throws BackendException {
        String folder = operations.getFirst().folderServerId();
        List<Long> mids = new ArrayList<>();
        try {
            for (PendingOperation op : operations) {
                if (!op.folderServerId().equals(folder)) {
                    throw new IllegalArgumentException("operation " + op.id() + " is for folder " + op.folderServerId()
                            + ", not " + folder);
                }
                mids.add(ServerIds.parse(op.itemServerId()));
            }
            return new FolderBatch(folder, ServerIds.parse(folder), List.copyOf(mids));
        } catch (IllegalArgumentException e) {
            throw new BackendException("cannot " + verb + " items of folder " + folder + ": " + e.getMessage(), false, e);
        }
    }
}
