package org.interchange.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.ical.ICalendarReader;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.mime.MimeConversionException;
import org.interchange.mapi.objects.mime.MimeMessageReader;
import org.interchange.mapi.objects.vcard.VCardFiles;

/**
 * Reads .mbox, .eml, .ics and .vcf files into message objects (by extension): every item that
 * converts, and an error naming each one that does not ([MS-OXCMAIL], [MS-OXCICAL], [MS-OXOCNTC]).
 */
final class FileImport {
    private FileImport() {
    }

    static ReadResult read(Path file, NamedPropertyIds ids, ZoneId zone) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] bytes = Files.readAllBytes(file);
        if (lower.endsWith(".ics") || lower.endsWith(".ical") || lower.endsWith(".ifb")) {
            return ICalendarReader.read(new String(bytes, StandardCharsets.UTF_8), name, ids, zone);
        }
        if (lower.endsWith(".vcf") || lower.endsWith(".vcard")) {
            return VCardFiles.read(new String(bytes, StandardCharsets.UTF_8), name, ids);
        }
        if (lower.endsWith(".eml")) {
            return one(bytes, name, ids);
        }
        if (lower.endsWith(".mbox") || lower.endsWith(".mbx")) {
            return mbox(bytes, name, ids);
        }
        return new ReadResult(List.of(), List.of(new ItemError(name,
                "unknown file type (expected .mbox, .eml, .ics or .vcf)")));
    }

    private static ReadResult one(byte[] eml, String name, NamedPropertyIds ids) {
        try {
            return new ReadResult(List.of(MimeMessageReader.readEml(eml, ids)), List.of());
        } catch (MimeConversionException e) {
            return new ReadResult(List.of(), List.of(new ItemError(name, e.getMessage())));
        }
    }

    private static ReadResult mbox(byte[] bytes, String name, NamedPropertyIds ids) {
        List<MboxReader.Entry> entries = MboxReader.split(bytes);
        if (entries.isEmpty()) {
            return new ReadResult(List.of(), List.of(new ItemError(name, "no \"From \" line: not an mbox file")));
        }
        List<MapiMessage> items = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MboxReader.Entry e = entries.get(i);
            try {
                items.add(MimeMessageReader.readEml(e.eml(), ids));
            } catch (MimeConversionException x) {
                errors.add(new ItemError(name + ": message " + (i + 1) + " (line " + e.line() + ")", x.getMessage()));
            }
        }
        return new ReadResult(items, errors);
    }
}
