package org.interchange.mapi.server.rop.oxcfxics;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationImportHierarchyChangeRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportHierarchyChangeResponse;
import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;
import org.interchange.mapi.server.store.ChangeVersion;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;

/**
 * RopSynchronizationImportHierarchyChange, [MS-OXCFXICS] 3.2.5.9.4.3: creates a folder under the folder named by
 * PidTagParentSourceKey (empty: the collector's folder) with the PidTagSourceKey the client chose, so a replay
 * finds it, or renames the folder its source key names, with the conflict detection of 3.1.5.6 (an as-new
 * server version answers SyncIgnore, a conflicting one SyncConflict). Moving a folder to another parent is
 * refused as not supported. The response's FolderId is 0 ([MS-OXCROPS] 2.2.13.3.2).
 */
public final class ImportHierarchyChangeHandler implements RopHandler<RopSynchronizationImportHierarchyChangeRequest> {
    /** PidTagDisplayName and PidTagContainerClass, [MS-OXPROPS]. */
    private static final int DISPLAY_NAME = 0x3001;
    private static final int CONTAINER_CLASS = 0x3613;

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_HIERARCHY_CHANGE;
    }

    @Override
    public Class<RopSynchronizationImportHierarchyChangeRequest> requestType() {
        return RopSynchronizationImportHierarchyChangeRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationImportHierarchyChangeRequest request, RopContext context) {
        CollectorObject collector = context.object(request.inputHandleIndex(), CollectorObject.class);
        if (collector.contents()) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "a contents collector imports no folders");
        }
        List<PropertyValue> values = request.hierarchyValues();
        Mailbox mailbox = collector.logon().mailbox();
        byte[] parentKey = binary(values, StreamProperties.PARENT_SOURCE_KEY.id());
        byte[] sourceKey = binary(values, StreamProperties.SOURCE_KEY.id());
        ChangeVersion version = new ChangeVersion(binary(values, StreamProperties.CHANGE_KEY.id()),
                binary(values, StreamProperties.PREDECESSOR_CHANGE_LIST.id()));
        String name = string(values, DISPLAY_NAME).orElseThrow(() -> new RopFailure(RopErrors.INVALID_PARAMETER,
                "the hierarchy change lacks PidTagDisplayName"));
        long parent = parentKey.length == 0 ? collector.folder().fid()
                : SourceKeys.resolve(context.store(), mailbox, parentKey)
                        .filter(fid -> context.store().folder(mailbox, fid).isPresent())
                        .orElseThrow(() -> new RopFailure(RopErrors.NOT_FOUND, "PidTagParentSourceKey names no folder"));
        Optional<FolderRecord> existing = SourceKeys.resolve(context.store(), mailbox, sourceKey)
                .flatMap(fid -> context.store().folder(mailbox, fid));
        if (existing.isEmpty()) {
            if (SourceKeys.localId(mailbox, sourceKey).isPresent()) {
                throw new RopFailure(SyncImportErrors.OBJECT_DELETED, "the folder was deleted on the server");
            }
            FolderAccess.require(context, collector.logon(), parent, MemberRights.CREATE_SUBFOLDER);
            context.store().createFolderWithSourceKey(mailbox, parent, name, string(values, CONTAINER_CLASS)
                    .or(() -> string(request.propertyValues(), CONTAINER_CLASS)).orElse(null), sourceKey, version);
            return new RopSynchronizationImportHierarchyChangeResponse(request.inputHandleIndex(), 0);
        }
        FolderRecord folder = existing.get();
        if (folder.parentFid() != parent) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "moving a folder by ICS upload is not supported");
        }
        switch (pcl(folder.version().predecessorChangeList()).compare(pcl(version.predecessorChangeList()))) {
            case SAME, NEWER -> throw new RopFailure(SyncImportErrors.IGNORE, "the server's version is as new");
            case CONFLICT -> throw new RopFailure(SyncImportErrors.CONFLICT, "the versions conflict");
            case OLDER -> { }
        }
        FolderAccess.require(context, collector.logon(), folder.fid(), MemberRights.FOLDER_OWNER);
        context.store().updateFolder(mailbox, folder.fid(), name, folder.containerClass(), version);
        return new RopSynchronizationImportHierarchyChangeResponse(request.inputHandleIndex(), 0);
    }

    private static byte[] binary(List<PropertyValue> values, int id) {
        return values.stream().filter(v -> v.tag().id() == id && v.value() instanceof byte[])
                .map(v -> (byte[]) v.value()).findFirst().orElseThrow(() -> new RopFailure(RopErrors.INVALID_PARAMETER,
                        "the hierarchy change lacks property 0x" + Integer.toHexString(id)));
    }

    private static Optional<String> string(List<PropertyValue> values, int id) {
        return values.stream().filter(v -> v.tag().id() == id && v.value() instanceof String)
                .map(v -> (String) v.value()).findFirst();
    }

    private static PredecessorChangeList pcl(byte[] bytes) {
        try {
            return PredecessorChangeList.decode(bytes);
        } catch (MapiCodecException e) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "malformed PidTagPredecessorChangeList: " + e.getMessage());
        }
    }
}
