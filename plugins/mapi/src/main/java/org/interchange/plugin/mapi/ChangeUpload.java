package org.interchange.plugin.mapi;

import java.util.List;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadConflictException;
import org.interchange.cache.spi.UploadResult;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * Uploads a cached change other than a read flag through the client's mailbox writer ({@code MapiSession.writer()}): flags as
 * property changes saved as a new version ([MS-OXCMSG] 2.2.3.3), edits by ICS upload ({@link IcsEditUpload}, so
 * the server detects conflicts), moves
 * (by ICS upload, {@link IcsMoveUpload}), creations (by ICS upload, {@link IcsCreateUpload}) and submissions ([MS-OXOMSG] 3.1.4.1). A message the server no longer
 * has makes a flag, edit or move a conflict ("gone").
 */
final class ChangeUpload {
    /** ecNotFound, [MS-OXCDATA] 2.4.1. */
    static final int NOT_FOUND = 0x8004010F;
    /** PidTagFlagStatus followupFlagged, [MS-OXOFLAG] 2.2.1.1. */
    static final int FLAGGED = 2;

    private final PendingOperation op;
    private final MapiSessionSource sessions;
    private final String accountId;

    ChangeUpload(PendingOperation op, MapiSessionSource sessions, String accountId) {
        this.op = op;
        this.sessions = sessions;
        this.accountId = accountId;
    }

    UploadResult run() throws BackendException {
        long folder;
        try {
            folder = ServerIds.parse(op.folderServerId());
        } catch (IllegalArgumentException e) {
            throw new BackendException("cannot upload " + op.kind() + ": " + e.getMessage(), false, e);
        }
        String what = op.kind() + " of item " + op.itemServerId();
        return switch (op.kind()) {
            case SET_FLAGGED -> {
                boolean flagged = Boolean.parseBoolean(op.value());
                found(MapiCalls.run(sessions, what, s -> orNotFound(() -> s.writer().updateMessage(folder, mid(),
                        flagged ? List.of(PropertyValue.of(PidTag.FLAG_STATUS, FLAGGED)) : List.of(),
                        flagged ? List.of() : List.of(PidTag.FLAG_STATUS)))));
                yield UploadResult.DONE;
            }
            case UPDATE -> new IcsEditUpload(op, sessions, accountId).run(folder, mid(),
                    IcsRevision.parse(op.item().revision()));
            case MOVE -> {
                yield new IcsMoveUpload(op, sessions, accountId).run(folder, mid(), ServerIds.parse(op.value()));
            }
            case CREATE -> {
                yield new IcsCreateUpload(op, sessions, accountId).run(folder);
            }
            case SEND -> {
                MapiCalls.run(sessions, what, s -> s.writer().send(folder, spec(s)));
                yield UploadResult.DONE;
            }
            case SET_READ, DELETE, CREATE_FOLDER, RENAME_FOLDER -> throw new IllegalArgumentException(op.kind()
                    + " is uploaded by PendingUploads");
        };
    }

    private long mid() {
        return ServerIds.parse(op.itemServerId());
    }

    private MessageSpec spec(MapiSession session) {
        return ItemProperties.spec(op.item(), ItemProperties.ids(session, op.item()));
    }

    private void found(boolean found) throws UploadConflictException {
        if (!found) {
            throw new UploadConflictException("item " + op.itemServerId() + " is no longer in folder "
                    + op.folderServerId() + " on the server", true);
        }
    }

    /** Runs a write; false when the server answered ecNotFound for the message. */
    private static boolean orNotFound(Runnable write) {
        try {
            write.run();
            return true;
        } catch (MapiOperationException e) {
            if (e.errorCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
