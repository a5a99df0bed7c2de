package org.interchange.mapi.client.internal.session;

import java.util.List;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * Reads the whole folder tree below a folder from its hierarchy table with Depth, [MS-OXCFOLD]
 * 2.2.1.13 and 2.2.2.2: one Execute opens and reads the first page, further pages follow.
 */
public final class FolderHierarchy {
    static final List<PropertyTag> COLUMNS = List.of(PidTag.FOLDER_ID, PidTag.PARENT_FOLDER_ID,
            PidTag.DISPLAY_NAME, PidTag.CONTAINER_CLASS, PidTag.CONTENT_COUNT, PidTag.CONTENT_UNREAD_COUNT,
            PidTag.SUBFOLDERS, PidTag.DEPTH);

    private FolderHierarchy() {
    }

    public static List<FolderInfo> read(SessionContext context, long folderId) {
        FolderTables.Opened opened = FolderTables.hierarchy(context, folderId, COLUMNS);
        try (TableCursor cursor = opened.cursor()) {
            return cursor.rest().stream().map(row -> toFolder(context.bag(row.values()))).toList();
        }
    }

    static FolderInfo toFolder(PropertyBag row) {
        String name = row.string(PidTag.DISPLAY_NAME);
        String containerClass = row.string(PidTag.CONTAINER_CLASS);
        return new FolderInfo(row.number(PidTag.FOLDER_ID, 0), row.number(PidTag.PARENT_FOLDER_ID, 0),
                name == null ? "" : name, containerClass == null ? "" : containerClass,
                (int) row.number(PidTag.CONTENT_COUNT, 0), (int) row.number(PidTag.CONTENT_UNREAD_COUNT, 0),
                row.flag(PidTag.SUBFOLDERS), (int) row.number(PidTag.DEPTH, 0));
    }
}
