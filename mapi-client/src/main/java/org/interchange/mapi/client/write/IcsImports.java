package org.interchange.mapi.client.write;

import java.util.List;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.MessageReadState;
import org.interchange.mapi.codec.rop.RopSynchronizationImportDeletesRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportDeletesResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationImportMessageChangeRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportMessageChangeResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationImportReadStateChangesRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportReadStateChangesResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationOpenCollectorRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationOpenCollectorResponse;
import org.interchange.mapi.objects.PidTag;

/**
 * ICS uploads into one folder, [MS-OXCFXICS] 3.3.4.3.3: RopOpenFolder and
 * RopSynchronizationOpenCollector, the import ROPs (a message change is followed by its content and
 * RopSaveChangesMessage), and the releases, as few Executes as the sizes allow.
 */
final class IcsImports {
    /** ImportFlag Associated and FailOnConflict, [MS-OXCFXICS] 2.2.3.2.4.2.1. */
    static final int ASSOCIATED = 0x10;
    static final int FAIL_ON_CONFLICT = 0x40;
    static final int SYNC_OBJECT_DELETED = 0x80040800;
    static final int SYNC_IGNORE = 0x80040801;
    static final int SYNC_CONFLICT = 0x80040802;
    /** PidTagPredecessorChangeList, [MS-OXCFXICS] 2.2.1.2.8. */
    static final PropertyTag PREDECESSOR_CHANGE_LIST = new PropertyTag(0x65E30102);
    /** A PtypMultipleBinary with the id 0 that ImportDeletes carries its source keys in. */
    static final PropertyTag SOURCE_KEYS = PropertyTag.of(0x0000, PropertyType.MULTIPLE_BINARY);

    private IcsImports() {
    }

    private static RopPipeline.Ref collector(RopPipeline pipe, RopPipeline.Ref folder) {
        return pipe.open(folder, (in, out) -> new RopSynchronizationOpenCollectorRequest(RopBatch.LOGON_ID, in, out,
                true), RopSynchronizationOpenCollectorResponse.class, null);
    }

    static ImportResult message(RopPipeline pipe, long folderId, ImportedVersion version, MessageSpec content,
            boolean failOnConflict) {
        RopPipeline.Ref folder = FolderChanges.open(pipe, folderId);
        RopPipeline.Ref collector = collector(pipe, folder);
        List<PropertyValue> header = List.of(PropertyValue.of(PidTag.SOURCE_KEY, version.sourceKey()),
                PropertyValue.of(PidTag.LAST_MODIFICATION_TIME, version.lastModified()),
                PropertyValue.of(PidTag.CHANGE_KEY, version.changeKey()),
                PropertyValue.of(PREDECESSOR_CHANGE_LIST, version.predecessorChangeList()));
        int flags = (content.associated() ? ASSOCIATED : 0) | (failOnConflict ? FAIL_ON_CONFLICT : 0);
        RopPipeline.Ref message = pipe.open(collector, (in, out) -> new RopSynchronizationImportMessageChangeRequest(
                RopBatch.LOGON_ID, in, out, flags, header), RopSynchronizationImportMessageChangeResponse.class, null);
        pipe.release(collector);
        pipe.release(folder);
        try {
            return new ImportResult(ImportResult.Status.SAVED, MessageCreation.fillAndSave(pipe, message, content, false));
        } catch (MapiOperationException e) {
            ImportResult.Status status = switch (e.errorCode()) {
                case SYNC_IGNORE -> ImportResult.Status.IGNORED_OLDER;
                case SYNC_CONFLICT -> ImportResult.Status.CONFLICT;
                case SYNC_OBJECT_DELETED -> ImportResult.Status.DELETED_ON_SERVER;
                default -> throw e;
            };
            return new ImportResult(status, 0);
        }
    }

    static void deletes(RopPipeline pipe, long folderId, List<byte[]> sourceKeys) {
        RopPipeline.Ref folder = FolderChanges.open(pipe, folderId);
        RopPipeline.Ref collector = collector(pipe, folder);
        PropertyValue keys = PropertyValue.of(SOURCE_KEYS, List.copyOf(sourceKeys));
        pipe.call(collector, slot -> new RopSynchronizationImportDeletesRequest(RopBatch.LOGON_ID, slot, 0,
                List.of(keys)), RopSynchronizationImportDeletesResponse.class, null);
        pipe.release(collector);
        pipe.release(folder);
        pipe.flush();
    }

    static void readStates(RopPipeline pipe, long folderId, List<ReadStateChange> changes) {
        RopPipeline.Ref folder = FolderChanges.open(pipe, folderId);
        RopPipeline.Ref collector = collector(pipe, folder);
        List<MessageReadState> states = changes.stream()
                .map(c -> new MessageReadState(c.sourceKey(), c.read())).toList();
        pipe.call(collector, slot -> new RopSynchronizationImportReadStateChangesRequest(RopBatch.LOGON_ID, slot,
                states), RopSynchronizationImportReadStateChangesResponse.class, null);
        pipe.release(collector);
        pipe.release(folder);
        pipe.flush();
    }
}
