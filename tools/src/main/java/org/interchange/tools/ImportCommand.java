package org.interchange.tools;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.write.MailboxWriter;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports .mbox, .eml, .ics and .vcf files into a folder of a MAPI mailbox through the client
 * library's writer ([MS-OXCMSG] 3.1.4.2), or with --check only converts them. Every item that fails
 * to convert or to be written is reported by name and the rest go on; the counts come at the end.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import mbox, eml, ics and vcf files into a folder (or --check them); report every failure.")
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--check", description = "Only read and convert the files; report counts and errors.")
    boolean check;

    @Option(names = "--server", paramLabel = "URL", description = "Mailbox URL (…/mapi/emsmdb).")
    java.net.URI server;

    @Option(names = "--user", paramLabel = "NAME", description = "User name.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password (else " + ServerOptions.PASSWORD_VARIABLE
                    + ", else a prompt).")
    Path passwordFile;

    @Option(names = "--folder", paramLabel = "NAME", description = "Folder display name to import into.")
    String folder;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone for floating times and all-day dates (default: UTC).")
    ZoneId zone;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import (.mbox, .eml, .ics, .vcf).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        if (!check && (server == null || user == null || folder == null)) {
            err().println("interchange-tools: import needs --server, --user and --folder (or --check)");
            return 2;
        }
        int items = 0;
        int errors = 0;
        List<org.interchange.mapi.objects.mime.MapiMessage> converted = new java.util.ArrayList<>();
        List<String> sources = new java.util.ArrayList<>();
        for (Path file : files) {
            ReadResult result;
            try {
                result = FileImport.read(file, KnownNamedProperties.offline(), zone);
            } catch (java.io.IOException e) {
                result = new ReadResult(List.of(), List.of(new ItemError(file.toString(), "cannot read the file: "
                        + e.getMessage())));
            }
            for (ItemError e : result.errors()) {
                err().println("error: " + e);
            }
            out().println(file.getFileName() + ": " + result.items().size() + " items, " + result.errors().size()
                    + " errors");
            items += result.items().size();
            errors += result.errors().size();
            converted.addAll(result.items());
            result.items().forEach(i -> sources.add(file.getFileName().toString()));
        }
        if (check) {
            out().println("total: " + items + " items converted, " + errors + " failed");
            return errors == 0 ? 0 : 1;
        }
        int written = 0;
        int failed = 0;
        ServerOptions login = new ServerOptions();
        login.user = user;
        login.passwordFile = passwordFile;
        try (MapiSession session = MapiSession.connect(server, user, login.password())) {
            FolderInfo target = session.folderHierarchy().stream()
                    .filter(f -> f.displayName().equalsIgnoreCase(folder)).findFirst().orElse(null);
            if (target == null) {
                err().println("interchange-tools: no folder named '" + folder + "' in the mailbox of " + user);
                return 1;
            }
            ImportSpecs.Used used = ImportSpecs.used(converted);
            ImportSpecs specs = new ImportSpecs(session.resolveNamedProperties(used.lids(), used.names(), true));
            MailboxWriter writer = session.writer();
            for (int i = 0; i < converted.size(); i++) {
                var item = converted.get(i);
                try {
                    writer.createMessage(target.folderId(), specs.of(item));
                    written++;
                } catch (MapiException e) {
                    failed++;
                    err().println("error: " + sources.get(i) + ": '" + item.properties().string(PidTag.SUBJECT)
                            + "': " + e.getMessage());
                }
            }
            out().println("imported " + written + " items into " + target.displayName() + ", " + (errors + failed)
                    + " failed" + (specs.dropped() > 0 ? ", " + specs.dropped() + " values the mailbox cannot hold left out"
                    : ""));
        }
        return errors + failed == 0 ? 0 : 1;
    }
}
