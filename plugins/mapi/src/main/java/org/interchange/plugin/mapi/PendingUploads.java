package org.interchange.plugin.mapi;

import java.util.List;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadResult;

/**
 * Sends the cache's pending operations to the server ([MS-OXCFXICS] 3.3.4.3.3 uploading changes): deletions and
 * read states by their collector imports, alone or many of one folder together, folder changes by
 * {@link IcsFolderUpload}, the rest by {@link ChangeUpload}.
 */
final class PendingUploads {
    private final MapiSessionSource sessions;
    private final String accountId;

    PendingUploads(MapiSessionSource sessions, String accountId) {
        this.sessions = sessions;
        this.accountId = accountId;
    }

    UploadResult one(PendingOperation operation) throws BackendException {
        return switch (operation.kind()) {
            case SET_READ, DELETE -> {
                together(List.of(operation));
                yield UploadResult.DONE;
            }
            case CREATE_FOLDER, RENAME_FOLDER -> new IcsFolderUpload(operation, sessions, accountId).run();
            default -> new ChangeUpload(operation, sessions, accountId).run();
        };
    }

    /** Operations of one kind that travels together, for items of one folder. */
    void together(List<PendingOperation> operations) throws BackendException {
        switch (operations.getFirst().kind()) {
            case SET_READ -> new ReadStateUpload(sessions).run(operations);
            case DELETE -> new IcsDeletesUpload(sessions).run(operations);
            default -> {
                for (PendingOperation op : operations) {
                    one(op);
                }
            }
        }
    }
}
