package org.interchange.tools;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiTable;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.model.MailMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Exports a mail folder of a MAPI mailbox to an mbox file or a folder of .eml files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a mail folder to mbox (one file) or eml (one file per message in a folder).")
final class ExportCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { MBOX, EML }

    @Mixin
    ServerOptions server;

    @Option(names = "--folder", defaultValue = "Inbox", paramLabel = "NAME", description = "Folder display name (default: Inbox).")
    String folder;

    @Option(names = "--format", defaultValue = "MBOX", description = "mbox or eml (default: mbox).",
            converter = FormatConverter.class)
    Format format;

    @Parameters(paramLabel = "OUTPUT", description = "The mbox file, or the folder for .eml files.")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (MapiSession session = MapiSession.connect(server.server, server.user, server.password())) {
            FolderInfo source = session.folderHierarchy().stream()
                    .filter(f -> f.displayName().equalsIgnoreCase(folder)).findFirst().orElse(null);
            if (source == null) {
                System.err.println("no folder named '" + folder + "' in the mailbox of " + server.user);
                return 1;
            }
            List<PropertyBag> rows;
            try (MapiTable table = session.contentsTable(source.folderId(), List.of(PidTag.MID))) {
                rows = table.readAll();
            }
            int exported = format == Format.MBOX ? toMbox(session, source, rows) : toEml(session, source, rows);
            System.out.println("exported " + exported + " messages from " + source.displayName() + " to " + output);
            return 0;
        }
    }

    private int toMbox(MapiSession session, FolderInfo source, List<PropertyBag> rows) throws Exception {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            MboxWriter mbox = new MboxWriter(out);
            for (PropertyBag row : rows) {
                try (MapiMessage message = session.openMessage(source.folderId(), row.number(PidTag.MID, 0))) {
                    MailMessage mail = MailMessage.from(message.properties());
                    mbox.append(mail.senderEmail(), mail.received(), MessageExport.toEml(message));
                }
            }
        }
        return rows.size();
    }

    private int toEml(MapiSession session, FolderInfo source, List<PropertyBag> rows) throws Exception {
        Files.createDirectories(output);
        int n = 0;
        for (PropertyBag row : rows) {
            try (MapiMessage message = session.openMessage(source.folderId(), row.number(PidTag.MID, 0))) {
                Files.write(output.resolve(String.format("%05d.eml", ++n)), MessageExport.toEml(message));
            }
        }
        return n;
    }

    /** Reads the format case-insensitively. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
