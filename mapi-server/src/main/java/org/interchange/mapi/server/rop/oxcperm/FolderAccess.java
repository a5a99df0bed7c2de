package org.interchange.mapi.server.rop.oxcperm;

import java.util.List;
import java.util.Map;
import org.interchange.mapi.server.rop.AttachmentObject;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.ServerObject;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import java.util.function.LongPredicate;

/**
 * The access check of every ROP handler, [MS-OXCPERM] 2.2.7 and [MS-OXCSTOR] 3.2.5.1.3: the
 * mailbox owner holds every right; any other user holds, per folder, the rights of their own
 * permissions entry or else of the default user's entry. A missing right fails the ROP with
 * ecAccessDenied. The owner's checks read nothing from the store.
 */
public final class FolderAccess {

    private FolderAccess() {
    }

    /** Whether the session's user owns the logon's mailbox. */
    public static boolean ownsMailbox(RopContext context, LogonObject logon) {
        return logon.mailbox().owner().equalsIgnoreCase(context.user());
    }

    /** Whether the session's user may log on to another user's mailbox: FolderVisible on some folder of it. */
    public static boolean mayLogOn(RopContext context, Mailbox mailbox) {
        return context.store().permissions().grantedRights(mailbox, context.user()).values().stream()
                .anyMatch(r -> (r & MemberRights.FOLDER_VISIBLE) != 0);
    }

    /** The rights the session's user holds on folder {@code fid} of the logon's mailbox. */
    public static int rights(RopContext context, LogonObject logon, long fid) {
        if (ownsMailbox(context, logon)) {
            return MemberRights.ALL;
        }
        return context.store().permissions().grantedRights(logon.mailbox(), context.user()).getOrDefault(fid, 0);
    }

    /** Fails with ecAccessDenied unless the session's user holds all of {@code rights} on folder {@code fid}. */
    public static void require(RopContext context, LogonObject logon, long fid, int rights) {
        if ((rights(context, logon, fid) & rights) != rights) {
            throw denied(context, logon, fid, rights);
        }
    }

    /** {@link #require(RopContext, LogonObject, long, int)} on an open folder. */
    public static void require(RopContext context, FolderObject folder, int rights) {
        require(context, folder.logon(), folder.folder().fid(), rights);
    }

    /** Those of {@code folders} the session's user may see (FolderVisible), in their order. */
    public static List<FolderRecord> visible(RopContext context, LogonObject logon, List<FolderRecord> folders) {
        LongPredicate visible = visibility(context, logon);
        return folders.stream().filter(f -> visible.test(f.fid())).toList();
    }

    /** Which folders of the logon's mailbox the session's user may see (FolderVisible); read once. */
    public static LongPredicate visibility(RopContext context, LogonObject logon) {
        if (ownsMailbox(context, logon)) {
            return fid -> true;
        }
        Map<Long, Integer> granted = context.store().permissions().grantedRights(logon.mailbox(), context.user());
        return fid -> (granted.getOrDefault(fid, 0) & MemberRights.FOLDER_VISIBLE) != 0;
    }

    /** Changing stored messages of a folder: EditAny, or EditOwned when the user created every one of them. */
    public static void requireEdit(RopContext context, LogonObject logon, long fid, List<Long> mids) {
        requireOnMessages(context, logon, fid, mids, MemberRights.EDIT_ANY, MemberRights.EDIT_OWNED);
    }

    /** Deleting messages of a folder: DeleteAny, or DeleteOwned when the user created every one of them. */
    public static void requireDelete(RopContext context, LogonObject logon, long fid, List<Long> mids) {
        requireOnMessages(context, logon, fid, mids, MemberRights.DELETE_ANY, MemberRights.DELETE_OWNED);
    }

    /**
     * Changing an open object: a folder's own properties need FolderOwner, a new message Create,
     * a stored message (or an attachment of it) the edit rights of {@link #requireEdit}.
     */
    public static void requireModify(RopContext context, ServerObject object) {
        switch (object) {
            case FolderObject f -> require(context, f, MemberRights.FOLDER_OWNER);
            case MessageObject m -> requireMessageWrite(context, m);
            case AttachmentObject a -> requireMessageWrite(context, a.message());
            default -> {
            }
        }
    }

    /** What only the owner may do, such as submitting mail from the mailbox (sending on behalf is not granted by folder rights). */
    public static void requireMailboxOwner(RopContext context, LogonObject logon) {
        if (!ownsMailbox(context, logon)) {
            throw new RopFailure(RopErrors.ACCESS_DENIED, context.user() + " does not own the mailbox of "
                    + logon.mailbox().owner());
        }
    }

    /** Remembers a user other than the owner as the creator of a message it saved first, for EditOwned and DeleteOwned. */
    public static void recordCreator(RopContext context, LogonObject logon, long mid) {
        if (!ownsMailbox(context, logon)) {
            context.store().permissions().recordCreator(logon.mailbox(), mid, context.user());
        }
    }

    private static void requireMessageWrite(RopContext context, MessageObject message) {
        if (message.messageId() == 0) {
            require(context, message.logon(), message.folderId(), MemberRights.CREATE);
        } else {
            requireEdit(context, message.logon(), message.folderId(), List.of(message.messageId()));
        }
    }

    private static void requireOnMessages(RopContext context, LogonObject logon, long fid, List<Long> mids, int any,
            int owned) {
        int rights = rights(context, logon, fid);
        if ((rights & any) != 0) {
            return;
        }
        if ((rights & owned) == 0 || !mids.stream().allMatch(mid -> context.store().permissions()
                .createdBy(logon.mailbox(), mid, context.user()))) {
            throw denied(context, logon, fid, any);
        }
    }

    private static RopFailure denied(RopContext context, LogonObject logon, long fid, int rights) {
        return new RopFailure(RopErrors.ACCESS_DENIED, context.user() + " lacks " + MemberRights.describe(rights)
                + " on folder 0x" + Long.toHexString(fid) + " of " + logon.mailbox().owner());
    }
}
