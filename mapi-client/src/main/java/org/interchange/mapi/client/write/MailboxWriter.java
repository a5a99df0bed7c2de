package org.interchange.mapi.client.write;

import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * Writes to the mailbox of a session, [MS-OXCMSG], [MS-OXCFOLD], [MS-OXCPRPT] and [MS-OXOMSG]: every
 * operation sends its ROPs batched into as few Executes as the ROP buffer allows (most take one),
 * streaming values too large to send inline. Obtain it from {@code MapiSession.writer()}. Failures
 * are {@code MapiOperationException}s naming the ROP.
 */
public final class MailboxWriter {
    private final SessionAccess session;

    public MailboxWriter(SessionAccess session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Creates and saves a message in {@code folderId}; returns its MID. */
    public long createMessage(long folderId, MessageSpec message) {
        return session.call(c -> MessageCreation.create(new RopPipeline(c), folderId, message, false));
    }

    /**
     * Creates a message in {@code folderId} (usually the Outbox) and submits it in the same
     * requests; returns the MID it had in that folder.
     */
    public long send(long folderId, MessageSpec message) {
        return session.call(c -> MessageCreation.create(new RopPipeline(c), folderId, message, true));
    }

    /** Submits a saved message, [MS-OXOMSG] 3.1.4.1. */
    public void submit(long folderId, long messageId) {
        session.call(c -> {
            MessageChanges.submit(new RopPipeline(c), folderId, messageId);
            return null;
        });
    }

    /** Sets and deletes properties of a message and saves it as a new version. */
    public void updateMessage(long folderId, long messageId, List<PropertyValue> set, List<PropertyTag> delete) {
        List<PropertyValue> values = List.copyOf(set);
        List<PropertyTag> tags = List.copyOf(delete);
        session.call(c -> {
            MessageChanges.update(new RopPipeline(c), folderId, messageId, values, tags);
            return null;
        });
    }

    /** Deletes messages; false when some id named no message of the folder. */
    public boolean deleteMessages(long folderId, List<Long> messageIds) {
        List<Long> ids = List.copyOf(messageIds);
        return ids.isEmpty() || session.call(c -> MessageChanges.delete(new RopPipeline(c), folderId, ids));
    }

    /** Moves messages to another folder (they get new ids there); false when some id was not found. */
    public boolean moveMessages(long fromFolderId, List<Long> messageIds, long toFolderId) {
        List<Long> ids = List.copyOf(messageIds);
        return ids.isEmpty() || session.call(c -> MessageChanges.moveOrCopy(new RopPipeline(c), fromFolderId, ids,
                toFolderId, false));
    }

    /** Copies messages to another folder; false when some id was not found. */
    public boolean copyMessages(long fromFolderId, List<Long> messageIds, long toFolderId) {
        List<Long> ids = List.copyOf(messageIds);
        return ids.isEmpty() || session.call(c -> MessageChanges.moveOrCopy(new RopPipeline(c), fromFolderId, ids,
                toFolderId, true));
    }

    /** Creates a subfolder and returns its id. */
    public long createFolder(long parentFolderId, String displayName) {
        return session.call(c -> FolderChanges.create(new RopPipeline(c), parentFolderId, displayName));
    }

    /** Renames a folder. */
    public void renameFolder(long folderId, String displayName) {
        session.call(c -> {
            FolderChanges.rename(new RopPipeline(c), folderId, displayName);
            return null;
        });
    }

    /** Deletes a subfolder with its messages and subfolders; false when the server kept it. */
    public boolean deleteFolder(long parentFolderId, long folderId) {
        return session.call(c -> FolderChanges.delete(new RopPipeline(c), parentFolderId, folderId));
    }

    /** Deletes every normal message and subfolder of a folder. */
    public void emptyFolder(long folderId) {
        session.call(c -> {
            FolderChanges.empty(new RopPipeline(c), folderId);
            return null;
        });
    }

    /**
     * Uploads a message changed (or made) offline with ICS, [MS-OXCFXICS] 3.3.4.3.3: the server
     * compares PCLs, keeps the client's change key and answers whether it saved, ignored (its version
     * is as new) or refused the change (a conflict when {@code failOnConflict}, or deleted there). The
     * result carries the message's MID also when ignored or refused as a conflict (asked with
     * RopIdFromLongTermId of the source key), so a replayed creation learns the id of the message it made.
     */
    public ImportResult importMessageChange(long folderId, ImportedVersion version, MessageSpec content,
            boolean failOnConflict) {
        return session.call(c -> IcsImports.message(new RopPipeline(c), folderId, version, content, failOnConflict));
    }

    /**
     * Uploads a move into {@code toFolderId} with RopSynchronizationImportMessageMove ([MS-OXCFXICS] 3.3.4.3.3):
     * SAVED with the moved message's new MID (also for a replay of a move already done), or DELETED_ON_SERVER
     * when the message is no longer in the source folder.
     */
    public ImportResult importMessageMove(long toFolderId, MessageMove move) {
        return session.call(c -> IcsMoveImport.move(new RopPipeline(c), toFolderId, move));
    }

    /**
     * Uploads a folder creation or rename with RopSynchronizationImportHierarchyChange on a hierarchy collector of
     * {@code collectorFolderId} ([MS-OXCFXICS] 3.3.4.3.3): SAVED with the folder's FID (also for a replayed
     * creation), IGNORED_OLDER or CONFLICT (with the FID too), or DELETED_ON_SERVER.
     */
    public ImportResult importFolderChange(long collectorFolderId, FolderChange change) {
        return session.call(c -> IcsFolderImport.change(new RopPipeline(c), collectorFolderId, change));
    }

    /**
     * Uploads deletions of messages of {@code folderId} by PidTagSourceKey with RopSynchronizationImportDeletes
     * ([MS-OXCFXICS] 2.2.3.2.4.5), hard ones (not kept for recovery) when {@code hard}; keys of messages the
     * server no longer has are skipped. All keys go on one collector, in one Execute for up to several hundred.
     */
    public void importDeletes(long folderId, List<byte[]> sourceKeys, boolean hard) {
        List<byte[]> keys = sourceKeys.stream().map(byte[]::clone).toList();
        if (!keys.isEmpty()) {
            session.call(c -> {
                IcsImports.deletes(new RopPipeline(c), folderId, keys, hard);
                return null;
            });
        }
    }

    /**
     * Uploads read-state changes of messages of {@code folderId} by PidTagSourceKey with
     * RopSynchronizationImportReadStateChanges ([MS-OXCFXICS] 2.2.3.2.4.6); keys of messages the server no longer
     * has there are skipped. All changes go on one collector, in one Execute for up to several hundred.
     */
    public void importReadStates(long folderId, List<ReadStateChange> changes) {
        List<ReadStateChange> list = List.copyOf(changes);
        if (!list.isEmpty()) {
            session.call(c -> {
                IcsImports.readStates(new RopPipeline(c), folderId, list);
                return null;
            });
        }
    }
}
