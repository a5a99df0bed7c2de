package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.codec.rop.NotificationData;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationImportDeletesRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportDeletesResponse;
import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.ImportAccess;

/**
 * RopSynchronizationImportDeletes, [MS-OXCFXICS] 3.2.5.9.4.5: deletes the messages (or, with the
 * Hierarchy flag, the subfolders) whose source keys the PtypMultipleBinary value lists; keys of
 * objects already gone are skipped.
 */
public final class ImportDeletesHandler implements RopHandler<RopSynchronizationImportDeletesRequest> {
    /** ImportDeleteFlags Hierarchy, [MS-OXCFXICS] 2.2.3.2.4.5.1. */
    static final int HIERARCHY = 0x01;

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_DELETES;
    }

    @Override
    public Class<RopSynchronizationImportDeletesRequest> requestType() {
        return RopSynchronizationImportDeletesRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationImportDeletesRequest request, RopContext context) {
        CollectorObject collector = context.object(request.inputHandleIndex(), CollectorObject.class);
        Mailbox mailbox = collector.logon().mailbox();
        List<Long> ids = new ArrayList<>();
        for (PropertyValue v : request.propertyValues()) {
            if (!(v.value() instanceof List<?> keys)) {
                throw new RopFailure(RopErrors.INVALID_PARAMETER, "ImportDeletes needs a PtypMultipleBinary value");
            }
            for (Object key : keys) {
                if (key instanceof byte[] bytes) {
                    SourceKeys.resolve(context.store(), mailbox, bytes).ifPresent(ids::add);
                }
            }
        }
        long fid = collector.folder().fid();
        ImportAccess.requireDeletes(context, collector, ids, (request.importDeleteFlags() & HIERARCHY) != 0);
        if ((request.importDeleteFlags() & HIERARCHY) != 0) {
            for (long id : ids) {
                context.store().folder(mailbox, id).filter(f -> !mailbox.specialFolders().containsValue(id))
                        .ifPresent(f -> context.store().deleteFolder(mailbox, id));
            }
        } else {
            context.store().deleteMessages(mailbox, fid, ids).forEach(mid -> context.notifications()
                    .messageEvent(mailbox, NotificationData.OBJECT_DELETED, fid, mid));
        }
        return new RopSynchronizationImportDeletesResponse(request.inputHandleIndex());
    }
}
