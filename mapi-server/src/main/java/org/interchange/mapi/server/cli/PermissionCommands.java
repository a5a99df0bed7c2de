package org.interchange.mapi.server.cli;

import java.util.Locale;
import java.util.Map;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.PermissionChanges;
import org.interchange.mapi.server.store.PermissionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interchange-server grant|revoke|permissions}: the folder permissions of a user's mailbox,
 * [MS-OXCPERM] 2.2: who else may see, read or change which folder. {@code --user} owns the mailbox,
 * {@code --to} is the user who gets the rights (or {@code default}, {@code anonymous}).
 */
final class PermissionCommands {
    static final String DEFAULT = "default";
    static final String ANONYMOUS = "anonymous";

    private PermissionCommands() {
    }

    @Command(name = "grant", description = "Gives a user rights on a folder of another user's mailbox.")
    static final class Grant extends AdminCommand {
        @Option(names = "--user", required = true, description = "The owner of the mailbox.")
        String user;
        @Option(names = "--to", required = true, description = "Who gets the rights: a user, default or anonymous.")
        String member;
        @Option(names = "--folder", required = true, description = "The folder, e.g. Inbox or Inbox/Projects (/ is the top).")
        String folder;
        @Option(names = "--rights", required = true, description = "Roles (none, contributor, reviewer, nonediting-author,"
                + " author, publishing-author, editor, publishing-editor, owner) and rights names (readany, create,"
                + " editowned, deleteowned, editany, deleteany, createsubfolder, folderowner, foldercontact,"
                + " foldervisible, freebusysimple, freebusydetailed), joined with commas.")
        String rights;

        @Override
        public Integer call() {
            int value = MemberRights.parse(rights);
            ServerConfig c = config.load();
            try (AccountDirectory accounts = config.openAccounts(); MailboxStore store = MailboxStores.open(c)) {
                Mailbox mailbox = mailbox(store, user);
                long fid = FolderPath.resolve(store, mailbox, folder);
                store.permissions().modify(mailbox, fid, PermissionChanges.set(memberId(accounts, store, member), value));
            }
            out().println("granted " + member + " " + MemberRights.describe(value) + " on "
                    + folder + " of " + user);
            return 0;
        }
    }

    @Command(name = "revoke", description = "Removes a user's entry from a folder's permissions.")
    static final class Revoke extends AdminCommand {
        @Option(names = "--user", required = true, description = "The owner of the mailbox.")
        String user;
        @Option(names = "--to", required = true, description = "Whose entry goes: a user, default or anonymous.")
        String member;
        @Option(names = "--folder", required = true, description = "The folder, e.g. Inbox or Inbox/Projects (/ is the top).")
        String folder;

        @Override
        public Integer call() {
            ServerConfig c = config.load();
            try (AccountDirectory accounts = config.openAccounts(); MailboxStore store = MailboxStores.open(c)) {
                Mailbox mailbox = mailbox(store, user);
                long fid = FolderPath.resolve(store, mailbox, folder);
                store.permissions().modify(mailbox, fid, PermissionChanges.remove(memberId(accounts, store, member)));
            }
            out().println("revoked " + member + " on " + folder + " of " + user);
            return 0;
        }
    }

    @Command(name = "permissions", description = "Lists the folder permissions of a user's mailbox.")
    static final class ListPermissions extends AdminCommand {
        @Option(names = "--user", required = true, description = "The owner of the mailbox.")
        String user;
        @Option(names = "--folder", description = "Only this folder (default: every folder with entries).")
        String folder;

        @Override
        public Integer call() {
                        try (MailboxStore store = MailboxStores.open(config.load())) {
                Mailbox mailbox = mailbox(store, user);
                Map<Long, String> folders = folder == null ? FolderPath.all(store, mailbox)
                        : Map.of(FolderPath.resolve(store, mailbox, folder), folder);
                int[] listed = {0};
                folders.forEach((fid, path) -> {
                    for (PermissionEntry e : store.permissions().list(mailbox, fid)) {
                        out().printf("%-32s %-20s %s%n", path, name(e), MemberRights.describe(e.rights()));
                        listed[0]++;
                    }
                });
                if (listed[0] == 0) {
                    out().println("no permissions granted" + (folder == null ? " in the mailbox of " + user
                            : " on " + folder + " of " + user));
                }
            }
            return 0;
        }
    }

    private static Mailbox mailbox(MailboxStore store, String user) {
        return store.findMailbox(user).orElseThrow(() -> new IllegalArgumentException("no mailbox for " + user));
    }

    private static long memberId(AccountDirectory accounts, MailboxStore store, String member) {
        return switch (member.toLowerCase(Locale.ROOT)) {
            case DEFAULT -> PermissionEntry.DEFAULT_MEMBER;
            case ANONYMOUS -> PermissionEntry.ANONYMOUS_MEMBER;
            default -> {
                if (accounts.find(member).isEmpty()) {
                    throw new IllegalArgumentException("no user " + member);
                }
                yield store.permissions().memberId(member);
            }
        };
    }

    private static String name(PermissionEntry e) {
        if (e.memberId() == PermissionEntry.DEFAULT_MEMBER) {
            return DEFAULT;
        }
        return e.memberId() == PermissionEntry.ANONYMOUS_MEMBER ? ANONYMOUS : e.user();
    }
}
