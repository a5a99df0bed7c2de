package org.interchange.mapi.server.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * Folders named the way an administrator sees them: paths below "Top of Information Store"
 * ([MS-OXOSFLD] IPM subtree) such as {@code Inbox} or {@code Inbox/Projects}, names compared
 * case-insensitively; {@code /} is the IPM subtree itself.
 */
final class FolderPath {
    static final String TOP = "/";

    private FolderPath() {
    }

    /** The FID of {@code path} in the mailbox, or an IllegalArgumentException naming the missing part. */
    static long resolve(MailboxStore store, Mailbox mailbox, String path) {
        long fid = mailbox.folderId(SpecialFolder.IPM_SUBTREE);
        for (String name : path.split("/")) {
            if (name.isBlank()) {
                continue;
            }
            long parent = fid;
            fid = store.childFolders(mailbox, parent).stream().filter(f -> f.displayName().equalsIgnoreCase(name.strip()))
                    .findFirst().map(FolderRecord::fid).orElseThrow(() -> new IllegalArgumentException(
                            "no folder \"" + name.strip() + "\" in " + path + " of " + mailbox.owner()));
        }
        return fid;
    }

    /** Every folder of the IPM subtree by path, parents before children, the subtree itself as {@link #TOP}. */
    static Map<Long, String> all(MailboxStore store, Mailbox mailbox) {
        Map<Long, String> paths = new LinkedHashMap<>();
        long top = mailbox.folderId(SpecialFolder.IPM_SUBTREE);
        paths.put(top, TOP);
        for (FolderRecord f : store.hierarchySnapshot(mailbox, top).items()) {
            String parent = paths.get(f.parentFid());
            paths.put(f.fid(), TOP.equals(parent) ? f.displayName() : parent + "/" + f.displayName());
        }
        return paths;
    }
}
