package org.interchange.tools;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiTable;
import org.interchange.mapi.objects.ContainerClass;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.WriteResult;
import org.interchange.mapi.objects.ical.ICalendarWriter;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.vcard.VCardFiles;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.model.MailMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Exports a folder of a MAPI mailbox: mail to an mbox file or a folder of .eml files, calendars,
 * tasks and notes to one .ics file, contacts to one .vcf file. The format follows the folder's
 * container class unless --format names one; items that cannot be converted are reported and skipped.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a folder: mail to mbox or eml, calendar/tasks/notes to ics, contacts to vcf.")
final class ExportCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { MBOX, EML, ICS, VCF }

    @Mixin
    ServerOptions server;

    @Option(names = "--folder", defaultValue = "Inbox", paramLabel = "NAME", description = "Folder display name (default: Inbox).")
    String folder;

    @Option(names = "--format", description = "mbox, eml, ics or vcf (default: by folder kind).",
            converter = FormatConverter.class)
    Format format;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone for items saved without one (default: UTC).")
    ZoneId zone;

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
            Format chosen = format != null ? format : defaultFormat(source.containerClass());
            if (chosen == Format.ICS || chosen == Format.VCF) {
                return toFile(session, source, rows, chosen);
            }
            int exported = chosen == Format.MBOX ? toMbox(session, source, rows) : toEml(session, source, rows);
            System.out.println("exported " + exported + " messages from " + source.displayName() + " to " + output);
            return 0;
        }
    }

    static Format defaultFormat(String containerClass) {
        return switch (ContainerClass.of(containerClass)) {
            case CALENDAR, TASKS, NOTES, JOURNAL -> Format.ICS;
            case CONTACTS -> Format.VCF;
            default -> Format.MBOX;
        };
    }

    /** One .ics or .vcf file for the whole folder; named properties resolved first so the bags can read them. */
    private int toFile(MapiSession session, FolderInfo source, List<PropertyBag> rows, Format chosen) throws Exception {
        session.resolveNamedProperties(KnownNamedProperties.lids());
        List<MapiMessage> items = new ArrayList<>();
        for (PropertyBag row : rows) {
            try (org.interchange.mapi.client.MapiMessage message = session.openMessage(source.folderId(),
                    row.number(PidTag.MID, 0))) {
                items.add(MessageExport.toObject(message));
            }
        }
        WriteResult result = chosen == Format.ICS ? ICalendarWriter.write(items, zone) : VCardFiles.write(items);
        Files.writeString(output, result.text(), StandardCharsets.UTF_8);
        for (ItemError e : result.errors()) {
            System.err.println("skipped " + e);
        }
        System.out.println("exported " + result.written() + " items from " + source.displayName() + " to " + output
                + (result.errors().isEmpty() ? "" : " (" + result.errors().size() + " skipped)"));
        return 0;
    }

    private int toMbox(MapiSession session, FolderInfo source, List<PropertyBag> rows) throws Exception {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            MboxWriter mbox = new MboxWriter(out);
            for (PropertyBag row : rows) {
                try (org.interchange.mapi.client.MapiMessage message = session.openMessage(source.folderId(),
                        row.number(PidTag.MID, 0))) {
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
            try (org.interchange.mapi.client.MapiMessage message = session.openMessage(source.folderId(),
                    row.number(PidTag.MID, 0))) {
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
