package org.interchange.mapi.client.write;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopSynchronizationImportHierarchyChangeRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportHierarchyChangeResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationOpenCollectorRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationOpenCollectorResponse;
import org.interchange.mapi.objects.PidTag;

/**
 * An ICS upload of a folder creation or rename, [MS-OXCFXICS] 3.3.4.3.3: RopSynchronizationImportHierarchyChange
 * on a hierarchy collector, then (the response carries no id) RopIdFromLongTermId of the folder's source key
 * ([MS-OXCSTOR] 2.2.1.9) for its FID, also when the server ignored or refused the change (the folder is there).
 */
final class IcsFolderImport {
    /** PidTagParentSourceKey, [MS-OXCFXICS] 2.2.1.2.6. */
    static final PropertyTag PARENT_SOURCE_KEY = new PropertyTag(0x65E10102);
    /** PidTagContainerClass, [MS-OXPROPS]. */
    static final PropertyTag CONTAINER_CLASS = new PropertyTag(0x3613001F);

    private IcsFolderImport() {
    }

    static ImportResult change(RopPipeline pipe, long collectorFolderId, FolderChange change) {
        RopPipeline.Ref folder = FolderChanges.open(pipe, collectorFolderId);
        RopPipeline.Ref collector = pipe.open(folder, (in, out) -> new RopSynchronizationOpenCollectorRequest(
                RopBatch.LOGON_ID, in, out, false), RopSynchronizationOpenCollectorResponse.class, null);
        List<PropertyValue> values = new ArrayList<>(List.of(PropertyValue.of(PARENT_SOURCE_KEY, change.parentSourceKey()),
                PropertyValue.of(PidTag.SOURCE_KEY, change.sourceKey()),
                PropertyValue.of(PidTag.LAST_MODIFICATION_TIME, change.lastModified()),
                PropertyValue.of(PidTag.CHANGE_KEY, change.changeKey()),
                PropertyValue.of(IcsImports.PREDECESSOR_CHANGE_LIST, change.predecessorChangeList()),
                PropertyValue.of(PidTag.DISPLAY_NAME, change.displayName())));
        if (change.containerClass() != null) {
            values.add(PropertyValue.of(CONTAINER_CLASS, change.containerClass()));
        }
        pipe.call(collector, slot -> new RopSynchronizationImportHierarchyChangeRequest(RopBatch.LOGON_ID, slot,
                values, List.of()), RopSynchronizationImportHierarchyChangeResponse.class, null);
        pipe.release(collector);
        pipe.release(folder);
        ImportResult.Status status = ImportResult.Status.SAVED;
        try {
            pipe.flush();
        } catch (MapiOperationException e) {
            status = switch (e.errorCode()) {
                case IcsImports.SYNC_IGNORE -> ImportResult.Status.IGNORED_OLDER;
                case IcsImports.SYNC_CONFLICT -> ImportResult.Status.CONFLICT;
                case IcsImports.SYNC_OBJECT_DELETED -> ImportResult.Status.DELETED_ON_SERVER;
                default -> throw e;
            };
        }
        if (status == ImportResult.Status.DELETED_ON_SERVER) {
            return new ImportResult(status, 0);
        }
        return new ImportResult(status, SourceKeyIds.id(pipe, change.sourceKey()));
    }
}
