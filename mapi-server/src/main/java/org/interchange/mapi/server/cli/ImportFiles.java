package org.interchange.mapi.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.ical.ICalendarReader;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.mime.MimeConversionException;
import org.interchange.mapi.objects.mime.MimeMessageReader;
import org.interchange.mapi.objects.vcard.VCardFiles;
import org.interchange.mapi.server.mail.MboxReader;

/**
 * Reads the files an administrator imports, by extension, into message objects: .eml and .mbox
 * mail ([MS-OXCMAIL] 2.2.3, archive reading: categories, read state, forwarded messages), .ics
 * events, tasks and journals ([MS-OXCICAL] 2.1.3.2) and .vcf contacts and distribution lists
 * ([MS-OXOCNTC] 2.2). Named properties carry the ids of {@link KnownNamedProperties#offline()}
 * ({@link NamedIdMapping} moves them into a mailbox). Every item that does not convert is reported
 * by name and the others still come; a file larger than the message limit is refused whole
 * (an .mbox is read message by message, so only its oversized messages are).
 */
final class ImportFiles {
    private ImportFiles() {
    }

    static void read(Path file, ZoneId zone, long maxBytes, ImportSink sink) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String source = file.toString();
        if (name.endsWith(".mbox") || name.endsWith(".mbx")) {
            mbox(file, maxBytes, sink);
            return;
        }
        boolean eml = name.endsWith(".eml");
        boolean ics = name.endsWith(".ics") || name.endsWith(".ical");
        boolean vcf = name.endsWith(".vcf") || name.endsWith(".vcard");
        if (!eml && !ics && !vcf) {
            sink.failed(source, "not an .eml, .mbox, .ics or .vcf file, skipped");
            return;
        }
        if (Files.size(file) > maxBytes) {
            sink.failed(source, "larger than " + maxBytes + " bytes, skipped");
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (eml) {
            mail(source, bytes, sink);
        } else if (ics) {
            deliver(source, ICalendarReader.read(text(bytes), source, KnownNamedProperties.offline(), zone), sink);
        } else {
            deliver(source, VCardFiles.read(text(bytes), source, KnownNamedProperties.offline()), sink);
        }
    }

    private static void mbox(Path file, long maxBytes, ImportSink sink) throws IOException {
        int[] number = {0};
        int skipped;
        try (InputStream in = Files.newInputStream(file)) {
            skipped = new MboxReader(maxBytes).read(in, message -> mail(file + " message " + ++number[0], message, sink));
        }
        for (int i = 0; i < skipped; i++) {
            sink.failed(file.toString(), "a message larger than " + maxBytes + " bytes was skipped");
        }
    }

    private static void mail(String name, byte[] eml, ImportSink sink) {
        MapiMessage message;
        try {
            message = MimeMessageReader.readEml(eml, KnownNamedProperties.offline());
        } catch (MimeConversionException e) {
            sink.failed(name, e.getMessage());
            return;
        }
        sink.item(name, message);
    }

    private static void deliver(String source, ReadResult result, ImportSink sink) {
        for (ItemError e : result.errors()) {
            sink.failed(e.item(), e.message());
        }
        List<MapiMessage> items = result.items();
        for (int i = 0; i < items.size(); i++) {
            sink.item(source + ": " + title(items.get(i), i + 1), items.get(i));
        }
    }

    /** The subject or name an item shows in a client, else its position in the file. */
    private static String title(MapiMessage item, int position) {
        String title = item.properties().string(PidTag.SUBJECT);
        if (title == null || title.isBlank()) {
            title = item.properties().string(PidTag.DISPLAY_NAME);
        }
        return title == null || title.isBlank() ? "item " + position : "'" + title + "'";
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
