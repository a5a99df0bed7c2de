package org.interchange.mapi.objects.ical;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The properties every item kind shares, [MS-OXCICAL] 2.1.3.1.1.20: SUMMARY, DESCRIPTION, CLASS
 * (PidTagSensitivity), PRIORITY (PidTagImportance), CATEGORIES (PidNameKeywords), CREATED and
 * LAST-MODIFIED, DTSTAMP.
 */
final class CommonFields {
    private static final String[] CLASSES = {"PUBLIC", "X-PERSONAL", "PRIVATE", "CONFIDENTIAL"};

    private CommonFields() {
    }

    static void write(ICalComponent c, PropertyBag p, Instant now) {
        String subject = p.string(PidTag.SUBJECT);
        if (subject != null) {
            c.add(ICalProperty.ofText("SUMMARY", subject));
        }
        String body = p.string(PidTag.BODY);
        if (body != null && !body.isEmpty()) {
            c.add(ICalProperty.ofText("DESCRIPTION", body));
        }
        int sensitivity = (int) p.number(PidTag.SENSITIVITY, 0);
        if (p.has(PidTag.SENSITIVITY)) {
            c.add("CLASS", CLASSES[Math.clamp(sensitivity, 0, 3)]);
        }
        if (p.has(PidTag.IMPORTANCE)) {
            c.add("PRIORITY", switch ((int) p.number(PidTag.IMPORTANCE, 1)) {
                case 2 -> "1";
                case 0 -> "9";
                default -> "5";
            });
        }
        List<String> categories = p.strings(PidName.KEYWORDS);
        if (!categories.isEmpty()) {
            c.add("CATEGORIES", categories.stream().map(ICalProperty::escape).collect(Collectors.joining(",")));
        }
        Instant created = p.time(PidTag.CREATION_TIME);
        if (created != null) {
            c.add("CREATED", ICalTime.formatUtc(created));
        }
        Instant modified = p.time(PidTag.LAST_MODIFICATION_TIME);
        if (modified != null) {
            c.add("LAST-MODIFIED", ICalTime.formatUtc(modified));
        }
        c.add("DTSTAMP", ICalTime.formatUtc(modified != null ? modified : now));
    }

    static void read(ICalComponent c, PropertyBag.Builder b) {
        b.set(PidTag.SUBJECT, c.text("SUMMARY"));
        b.set(PidTag.NORMALIZED_SUBJECT, c.text("SUMMARY"));
        b.set(PidTag.BODY, c.text("DESCRIPTION"));
        String cls = c.value("CLASS");
        if (cls != null) {
            int index = List.of(CLASSES).indexOf(cls.strip().toUpperCase(java.util.Locale.ROOT));
            b.set(PidTag.SENSITIVITY, index < 0 ? 2 : index);
        }
        String priority = c.value("PRIORITY");
        if (priority != null && priority.strip().matches("\\d")) {
            int value = Integer.parseInt(priority.strip());
            if (value != 0) {
                b.set(PidTag.IMPORTANCE, value < 5 ? 2 : value == 5 ? 1 : 0);
            }
        }
        List<String> categories = c.all("CATEGORIES").stream().flatMap(p -> p.textList().stream()).toList();
        if (!categories.isEmpty()) {
            b.set(PidName.KEYWORDS, categories);
        }
        time(c, "CREATED").ifPresent(t -> b.set(PidTag.CREATION_TIME, t));
        time(c, "LAST-MODIFIED").ifPresent(t -> b.set(PidTag.LAST_MODIFICATION_TIME, t));
    }

    private static java.util.Optional<Instant> time(ICalComponent c, String name) {
        return c.property(name).map(ICalTime::parse).filter(ICalTime::utc)
                .map(t -> t.local().toInstant(java.time.ZoneOffset.UTC));
    }
}
