package org.interchange.mapi.objects.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * ORGANIZER and ATTENDEE ([MS-OXCICAL] 2.1.3.1.1.20.1 and 2.1.3.1.1.20.33) to and from the sent
 * representing properties and the recipient table: ROLE from PidTagRecipientType (required, optional,
 * resource), PARTSTAT from PidTagRecipientTrackStatus, RSVP from PidTagResponseRequested.
 */
final class Attendees {
    /** PidTagRecipientFlags recipOrganizer, [MS-OXOCAL] 2.2.4.10.1. */
    static final int RECIP_ORGANIZER = 0x0002;
    private static final String[] PARTSTAT = {"NEEDS-ACTION", "ACCEPTED", "TENTATIVE", "ACCEPTED", "DECLINED",
            "NEEDS-ACTION"};

    private Attendees() {
    }

    static void write(ICalComponent c, PropertyBag p, List<PropertyBag> recipients) {
        String organizer = address(p.string(PidTag.SENT_REPRESENTING_SMTP_ADDRESS),
                p.string(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS));
        if (organizer != null && !recipients.isEmpty()) {
            c.add(new ICalProperty("ORGANIZER", "mailto:" + organizer)
                    .with("CN", p.string(PidTag.SENT_REPRESENTING_NAME)));
        }
        boolean rsvp = p.flag(PidTag.RESPONSE_REQUESTED);
        for (PropertyBag r : recipients) {
            if ((r.number(PidTag.RECIPIENT_FLAGS, 0) & RECIP_ORGANIZER) != 0) {
                continue;
            }
            String email = address(r.string(PidTag.SMTP_ADDRESS), r.string(PidTag.EMAIL_ADDRESS));
            if (email == null) {
                continue;
            }
            int type = (int) r.number(PidTag.RECIPIENT_TYPE, 1);
            ICalProperty a = new ICalProperty("ATTENDEE", "mailto:" + email).with("CN", r.string(PidTag.DISPLAY_NAME));
            a = a.with("ROLE", type == 2 ? "OPT-PARTICIPANT" : type == 3 ? "NON-PARTICIPANT" : "REQ-PARTICIPANT");
            if (type == 3) {
                a = a.with("CUTYPE", "RESOURCE");
            }
            int status = (int) r.number(PidTag.RECIPIENT_TRACK_STATUS, 0);
            a = a.with("PARTSTAT", PARTSTAT[Math.clamp(status, 0, 5)]);
            if (rsvp) {
                a = a.with("RSVP", "TRUE");
            }
            c.add(a);
        }
    }

    private static String address(String smtp, String email) {
        String a = smtp != null && !smtp.isBlank() ? smtp : email;
        return a != null && a.contains("@") ? a.strip() : null;
    }

    /** The organizer into the sent-representing and sender properties. */
    static void readOrganizer(ICalComponent c, PropertyBag.Builder b) {
        c.property("ORGANIZER").ifPresent(o -> {
            String email = mailto(o.value());
            String name = o.parameter("CN") != null ? o.parameter("CN") : email;
            b.set(PidTag.SENT_REPRESENTING_NAME, name).set(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, email)
                    .set(PidTag.SENT_REPRESENTING_ADDRESS_TYPE, "SMTP").set(PidTag.SENT_REPRESENTING_SMTP_ADDRESS, email)
                    .set(PidTag.SENDER_NAME, name).set(PidTag.SENDER_EMAIL_ADDRESS, email)
                    .set(PidTag.SENDER_ADDRESS_TYPE, "SMTP").set(PidTag.SENDER_SMTP_ADDRESS, email);
        });
    }

    /** Each ATTENDEE as a recipient row. */
    static List<PropertyBag> readAttendees(ICalComponent c) {
        List<PropertyBag> out = new ArrayList<>();
        for (ICalProperty a : c.all("ATTENDEE")) {
            String email = mailto(a.value());
            String role = upper(a.parameter("ROLE"));
            String cutype = upper(a.parameter("CUTYPE"));
            int type = "RESOURCE".equals(cutype) || "ROOM".equals(cutype) || "NON-PARTICIPANT".equals(role) ? 3
                    : "OPT-PARTICIPANT".equals(role) ? 2 : 1;
            out.add(PropertyBag.of(List.of(
                    PropertyValue.of(PidTag.ROW_ID, out.size()),
                    PropertyValue.of(PidTag.RECIPIENT_TYPE, type),
                    PropertyValue.of(PidTag.DISPLAY_NAME, a.parameter("CN") != null ? a.parameter("CN") : email),
                    PropertyValue.of(PidTag.EMAIL_ADDRESS, email),
                    PropertyValue.of(PidTag.ADDRESS_TYPE, "SMTP"),
                    PropertyValue.of(PidTag.SMTP_ADDRESS, email),
                    PropertyValue.of(PidTag.RECIPIENT_FLAGS, 1),
                    PropertyValue.of(PidTag.RECIPIENT_TRACK_STATUS, trackStatus(a.parameter("PARTSTAT"))))));
        }
        return out;
    }

    static int trackStatus(String partstat) {
        return switch (upper(partstat)) {
            case "ACCEPTED" -> 3;
            case "TENTATIVE" -> 2;
            case "DECLINED" -> 4;
            case "NEEDS-ACTION" -> 5;
            default -> 0;
        };
    }

    static boolean rsvp(ICalComponent c) {
        return c.all("ATTENDEE").stream().anyMatch(a -> "TRUE".equals(upper(a.parameter("RSVP"))));
    }

    static String mailto(String value) {
        String v = value.strip();
        return v.regionMatches(true, 0, "mailto:", 0, 7) ? v.substring(7) : v;
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
