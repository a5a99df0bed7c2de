package org.interchange.mapi.client.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
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
    /** ImportDeleteFlags HardDelete, [MS-OXCFXICS] 2.2.3.2.4.5.1. */
    static final int HARD_DELETE = 0x02;
    /** The most key bytes one import ROP carries: well inside the pipeline's batch with room for the others. */
    static final int CHUNK_BYTES = RopPipeline.MAX_REQUEST_BYTES / 2;
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
            return new ImportResult(status, status == ImportResult.Status.DELETED_ON_SERVER ? 0
                    : SourceKeyIds.id(pipe, version.sourceKey()));
        }
    }

    /**
     * One collector for all the keys: as many ImportDeletes as {@link #CHUNK_BYTES} of keys need, which the
     * pipeline sends in as few Executes as fit (one for up to several hundred messages).
     */
    static void deletes(RopPipeline pipe, long folderId, List<byte[]> sourceKeys, boolean hard) {
        RopPipeline.Ref folder = FolderChanges.open(pipe, folderId);
        RopPipeline.Ref collector = collector(pipe, folder);
        int flags = hard ? HARD_DELETE : 0;
        for (List<byte[]> chunk : chunks(sourceKeys, key -> 2 + key.length)) {
            PropertyValue keys = PropertyValue.of(SOURCE_KEYS, chunk);
            pipe.call(collector, slot -> new RopSynchronizationImportDeletesRequest(RopBatch.LOGON_ID, slot, flags,
                    List.of(keys)), RopSynchronizationImportDeletesResponse.class, null);
        }
        pipe.release(collector);
        pipe.release(folder);
        pipe.flush();
    }

    static void readStates(RopPipeline pipe, long folderId, List<ReadStateChange> changes) {
        RopPipeline.Ref folder = FolderChanges.open(pipe, folderId);
        RopPipeline.Ref collector = collector(pipe, folder);
        for (List<ReadStateChange> chunk : chunks(changes, c -> 3 + c.sourceKey().length)) {
            List<MessageReadState> states = chunk.stream().map(c -> new MessageReadState(c.sourceKey(), c.read()))
                    .toList();
            pipe.call(collector, slot -> new RopSynchronizationImportReadStateChangesRequest(RopBatch.LOGON_ID, slot,
                    states), RopSynchronizationImportReadStateChangesResponse.class, null);
        }
        pipe.release(collector);
        pipe.release(folder);
        pipe.flush();
    }

    /** Splits {@code all} into runs of at most {@link #CHUNK_BYTES} encoded bytes, so each ROP fits a buffer. */
    static <T> List<List<T>> chunks(List<T> all, ToIntFunction<T> encodedSize) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int bytes = 0;
        for (T item : all) {
            int size = encodedSize.applyAsInt(item);
            if (!current.isEmpty() && bytes + size > CHUNK_BYTES) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(item);
            bytes += size;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
