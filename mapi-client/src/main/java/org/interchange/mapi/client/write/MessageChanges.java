package org.interchange.mapi.client.write;

import java.util.List;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopDeleteMessagesRequest;
import org.interchange.mapi.codec.rop.RopDeleteMessagesResponse;
import org.interchange.mapi.codec.rop.RopDeletePropertiesRequest;
import org.interchange.mapi.codec.rop.RopDeletePropertiesResponse;
import org.interchange.mapi.codec.rop.RopMoveCopyMessagesRequest;
import org.interchange.mapi.codec.rop.RopMoveCopyMessagesResponse;
import org.interchange.mapi.codec.rop.RopOpenMessageRequest;
import org.interchange.mapi.codec.rop.RopOpenMessageResponse;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageRequest;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageResponse;
import org.interchange.mapi.codec.rop.RopSubmitMessageRequest;
import org.interchange.mapi.codec.rop.RopSubmitMessageResponse;

/**
 * Writes to existing messages, [MS-OXCMSG] 3.1.4 and [MS-OXCFOLD] 3.1.4: change properties and save,
 * submit, delete, move and copy; each in one Execute unless large values need more.
 */
final class MessageChanges {
    /** OpenModeFlags ReadWrite, [MS-OXCROPS] 2.2.6.1.1. */
    static final int READ_WRITE = 0x01;

    private MessageChanges() {
    }

    static RopPipeline.Ref open(RopPipeline pipe, long folderId, long messageId) {
        return pipe.open(pipe.logon(), (in, out) -> new RopOpenMessageRequest(RopBatch.LOGON_ID, in, out,
                MessageCreation.CODE_PAGE_DEFAULT, folderId, READ_WRITE, messageId), RopOpenMessageResponse.class, null);
    }

    static void update(RopPipeline pipe, long folderId, long messageId, List<PropertyValue> set,
            List<PropertyTag> delete) {
        RopPipeline.Ref message = open(pipe, folderId, messageId);
        PropertyUpload.write(pipe, message, set);
        if (!delete.isEmpty()) {
            pipe.call(message, slot -> new RopDeletePropertiesRequest(RopBatch.LOGON_ID, slot, delete),
                    RopDeletePropertiesResponse.class, null);
        }
        pipe.call(message, slot -> new RopSaveChangesMessageRequest(RopBatch.LOGON_ID, slot, slot,
                MessageCreation.KEEP_OPEN_READ_WRITE), RopSaveChangesMessageResponse.class, null);
        pipe.release(message);
        pipe.flush();
    }

    static void submit(RopPipeline pipe, long folderId, long messageId) {
        RopPipeline.Ref message = open(pipe, folderId, messageId);
        pipe.call(message, slot -> new RopSubmitMessageRequest(RopBatch.LOGON_ID, slot, 0),
                RopSubmitMessageResponse.class, null);
        pipe.release(message);
        pipe.flush();
    }

    /** Deletes; false when some id named no message of the folder (PartialCompletion). */
    static boolean delete(RopPipeline pipe, long folderId, List<Long> messageIds) {
        RopPipeline.Ref folder = FolderChanges.open(pipe, folderId);
        boolean[] partial = new boolean[1];
        pipe.call(folder, slot -> new RopDeleteMessagesRequest(RopBatch.LOGON_ID, slot, false, false, messageIds),
                RopDeleteMessagesResponse.class, r -> partial[0] = r.partialCompletion());
        pipe.release(folder);
        pipe.flush();
        return !partial[0];
    }

    /** Moves or copies; false when some id named no message of the source folder (PartialCompletion). */
    static boolean moveOrCopy(RopPipeline pipe, long fromFolderId, List<Long> messageIds, long toFolderId,
            boolean copy) {
        RopPipeline.Ref from = FolderChanges.open(pipe, fromFolderId);
        RopPipeline.Ref to = FolderChanges.open(pipe, toFolderId);
        boolean[] partial = new boolean[1];
        pipe.call2(from, to, (src, dst) -> new RopMoveCopyMessagesRequest(RopBatch.LOGON_ID, src, dst, messageIds,
                false, copy), RopMoveCopyMessagesResponse.class, r -> partial[0] = r.partialCompletion());
        pipe.release(from);
        pipe.release(to);
        pipe.flush();
        return !partial[0];
    }
}
