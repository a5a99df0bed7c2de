package org.interchange.mapi.client.write;

import java.util.List;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopCreateFolderRequest;
import org.interchange.mapi.codec.rop.RopCreateFolderResponse;
import org.interchange.mapi.codec.rop.RopDeleteFolderRequest;
import org.interchange.mapi.codec.rop.RopDeleteFolderResponse;
import org.interchange.mapi.codec.rop.RopEmptyFolderRequest;
import org.interchange.mapi.codec.rop.RopEmptyFolderResponse;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderResponse;
import org.interchange.mapi.objects.PidTag;

/**
 * Folder writes, [MS-OXCFOLD] 3.1.4: create, rename, delete and empty, each RopOpenFolder, the
 * operation and RopRelease in one Execute.
 */
final class FolderChanges {
    /** FolderType generic, [MS-OXCFOLD] 2.2.1.2.1. */
    static final int GENERIC = 1;
    /** DEL_MESSAGES | DEL_FOLDERS | DELETE_HARD_DELETE, [MS-OXCFOLD] 2.2.1.3.1. */
    static final int DELETE_ALL = 0x01 | 0x04 | 0x10;

    private FolderChanges() {
    }

    static RopPipeline.Ref open(RopPipeline pipe, long folderId) {
        return pipe.open(pipe.logon(), (in, out) -> new RopOpenFolderRequest(RopBatch.LOGON_ID, in, out, folderId, 0),
                RopOpenFolderResponse.class, null);
    }

    static long create(RopPipeline pipe, long parentId, String name) {
        RopPipeline.Ref parent = open(pipe, parentId);
        long[] fid = new long[1];
        RopPipeline.Ref created = pipe.open(parent, (in, out) -> new RopCreateFolderRequest(RopBatch.LOGON_ID, in, out,
                GENERIC, true, false, 0, name, ""), RopCreateFolderResponse.class, r -> fid[0] = r.folderId());
        pipe.release(created);
        pipe.release(parent);
        pipe.flush();
        return fid[0];
    }

    static void rename(RopPipeline pipe, long folderId, String name) {
        RopPipeline.Ref folder = open(pipe, folderId);
        PropertyUpload.write(pipe, folder, List.of(PropertyValue.of(PidTag.DISPLAY_NAME, name)));
        pipe.release(folder);
        pipe.flush();
    }

    /** Deletes a subfolder with everything in it; false when the server kept it (PartialCompletion). */
    static boolean delete(RopPipeline pipe, long parentId, long folderId) {
        RopPipeline.Ref parent = open(pipe, parentId);
        boolean[] partial = new boolean[1];
        pipe.call(parent, slot -> new RopDeleteFolderRequest(RopBatch.LOGON_ID, slot, DELETE_ALL, folderId),
                RopDeleteFolderResponse.class, r -> partial[0] = r.partialCompletion());
        pipe.release(parent);
        pipe.flush();
        return !partial[0];
    }

    static void empty(RopPipeline pipe, long folderId) {
        RopPipeline.Ref folder = open(pipe, folderId);
        pipe.call(folder, slot -> new RopEmptyFolderRequest(RopBatch.LOGON_ID, slot, false, false),
                RopEmptyFolderResponse.class, null);
        pipe.release(folder);
        pipe.flush();
    }
}
