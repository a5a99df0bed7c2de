package org.interchange.mapi.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interchange-server import}: files mail (.eml, .mbox), calendars (.ics) and contacts (.vcf)
 * into a user's mailbox ([MS-OXCMSG] 2.2 message objects, see {@link ImportFiles}), each item into
 * the folder of its kind or into {@code --folder}. An item that cannot be read or stored is
 * reported by file and item and the import goes on; the last line counts both.
 */
@Command(name = "import", description = "Imports mail (.eml, .mbox), calendars (.ics) and contacts (.vcf) into a"
        + " user's mailbox.")
final class ImportCommand extends AdminCommand {
    @Option(names = "--user", required = true, description = "The user whose mailbox receives the items.")
    String user;
    @Option(names = "--folder", paramLabel = "PATH", description = "Put every item into this folder, e.g. Inbox/Archive"
            + " (default: mail to the Inbox, events to the Calendar, tasks to Tasks, journals to Notes, contacts to"
            + " Contacts).")
    String folder;
    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of floating times and all-day dates in .ics"
            + " files (default: the server's).")
    ZoneId zone;
    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".eml, .mbox, .ics or .vcf files.")
    List<Path> files;

    private int imported;
    private int failed;

    @Override
    public Integer call() throws IOException {
        ServerConfig c = config.load();
        int leftOut;
        try (AccountDirectory accounts = config.openAccounts(); MailboxStore store = MailboxStores.open(c)) {
            Account account = accounts.find(user).orElseThrow(() -> new IllegalArgumentException("no user " + user));
            Mailbox mailbox = store.findMailbox(account.name()).orElseGet(
                    () -> store.createMailbox(account.name(), account.displayName(), account.emailAddress()));
            ImportTargets targets = new ImportTargets(mailbox, folder == null ? OptionalLong.empty()
                    : OptionalLong.of(FolderPath.resolve(store, mailbox, folder)));
            ImportWriter writer = new ImportWriter(store, mailbox, new NamedIdMapping(store, mailbox), Instant.now());
            ImportSink sink = new ImportSink() {
                @Override
                public void item(String name, MapiMessage message) {
                    try {
                        writer.write(targets.folderOf(message), message);
                        imported++;
                    } catch (StoreException | IllegalArgumentException e) {
                        failed(name, "cannot be stored: " + e.getMessage());
                    }
                }

                @Override
                public void failed(String item, String problem) {
                    report(item + ": " + problem);
                }
            };
            for (Path file : files) {
                try {
                    ImportFiles.read(file, zone == null ? ZoneId.systemDefault() : zone, c.maxMessageBytes(), sink);
                } catch (IOException e) {
                    report(file + ": cannot be read: " + e.getMessage());
                }
            }
            leftOut = writer.leftOut();
        }
        out().println("imported " + imported + ", failed " + failed + (leftOut == 0 ? ""
                : " (" + leftOut + " embedded message(s) or value(s) the store cannot hold left out)"));
        return failed == 0 ? 0 : 2;
    }

    private void report(String problem) {
        failed++;
        PrintWriter err = spec.commandLine().getErr();
        err.println(problem);
    }
}
