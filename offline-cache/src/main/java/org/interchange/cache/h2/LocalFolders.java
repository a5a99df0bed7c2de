package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.interchange.cache.h2.FolderTable.FolderRef;
import org.interchange.cache.spi.PendingOperation.Kind;
import org.interchange.cache.spi.RemoteFolder;

/**
 * Folders made and renamed offline ([MS-OXCFXICS] 2.2.3.2.4.3): a new folder gets a temporary server id and a
 * CREATE_FOLDER operation carrying its name; a rename of a server folder a RENAME_FOLDER (the latest wins), of a
 * folder not uploaded yet just the name its CREATE_FOLDER uploads.
 */
final class LocalFolders {

    private LocalFolders() {
    }

    static long create(Connection c, long parentFolderId, String displayName, Touched touched) throws SQLException {
        String name = checked(displayName);
        FolderRef parent = FolderTable.ref(c, parentFolderId);
        String serverId = ItemRows.newLocalId();
        long id = FolderTable.insertLocal(c, parent.accountId(),
                new RemoteFolder(serverId, parent.serverId(), name, parent.kind()));
        PendingOperationTable.insert(c, parent.accountId(), parent.serverId(), serverId, Kind.CREATE_FOLDER, name);
        touched.folder(parent.accountId(), id);
        return id;
    }

    static void rename(Connection c, long folderId, String displayName, Touched touched) throws SQLException {
        String name = checked(displayName);
        FolderRef folder = FolderTable.ref(c, folderId);
        FolderTable.rename(c, folderId, name);
        if (!PendingOperationTable.renameCreatedFolder(c, folder.accountId(), folder.serverId(), name)) {
            PendingOperationTable.replaceFolderRename(c, folder.accountId(), folder.serverId(), name);
        }
        touched.folder(folder.accountId(), folderId);
    }

    /**
     * The server made the folder of temporary id {@code localId} as {@code serverId}: the row, its subfolders and
     * the operations waiting in it take that id. When a folder list brought the server's folder meanwhile, the
     * local folder's items move into it and the local row goes.
     */
    static void created(Connection c, String accountId, String localId, String serverId, Touched touched)
            throws SQLException {
        OptionalLong local = FolderTable.idOf(c, accountId, localId);
        if (local.isEmpty()) {
            return;
        }
        OptionalLong listed = FolderTable.idOf(c, accountId, serverId);
        if (listed.isPresent()) {
            FolderTable.mergeInto(c, local.getAsLong(), listed.getAsLong());
            touched.folder(accountId, listed.getAsLong());
        } else {
            FolderTable.changeServerId(c, accountId, localId, serverId);
            touched.folder(accountId, local.getAsLong());
        }
        FolderTable.reparent(c, accountId, localId, serverId);
        PendingOperationTable.retargetFolder(c, accountId, localId, serverId);
    }

    private static String checked(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A folder needs a name");
        }
        return displayName.strip();
    }
}
