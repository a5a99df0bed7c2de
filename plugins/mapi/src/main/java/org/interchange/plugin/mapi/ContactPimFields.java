package org.interchange.plugin.mapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interchange.cache.api.PimFields;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The contact fields of {@link PimFields} beyond the list columns ([MS-OXOCNTC] 2.2.1: given name, surname,
 * second e-mail, home phone, postal addresses, birthday), both ways; "" in the cache means cleared, so it is
 * not written.
 */
final class ContactPimFields {
    /** PidLidWorkAddress, the full business address ([MS-OXOCNTC] 2.2.1.3.1). */
    static final PidLid WORK_ADDRESS = new PidLid(PidLid.PSETID_ADDRESS, 0x801B, PropertyType.STRING);
    /** PidLidHomeAddress, the full home address ([MS-OXOCNTC] 2.2.1.3.1). */
    static final PidLid HOME_ADDRESS = new PidLid(PidLid.PSETID_ADDRESS, 0x801A, PropertyType.STRING);

    private ContactPimFields() {
    }

    static void write(Map<String, String> f, PropertyBag.Builder b) {
        b.set(PidTag.GIVEN_NAME, text(f, PimFields.GIVEN_NAME))
                .set(PidTag.SURNAME, text(f, PimFields.SURNAME))
                .set(PidTag.HOME_TELEPHONE_NUMBER, text(f, PimFields.HOME_PHONE))
                .set(WORK_ADDRESS, text(f, PimFields.BUSINESS_ADDRESS))
                .set(HOME_ADDRESS, text(f, PimFields.HOME_ADDRESS));
        String email2 = text(f, PimFields.EMAIL2);
        if (email2 != null) {
            b.set(PidLid.EMAIL2_EMAIL_ADDRESS, email2).set(PidLid.EMAIL2_ADDRESS_TYPE, "SMTP")
                    .set(PidLid.EMAIL2_DISPLAY_NAME, email2);
        }
        String birthday = text(f, PimFields.BIRTHDAY);
        if (birthday != null) {
            b.set(PidTag.BIRTHDAY, LocalDate.parse(birthday).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    static void read(PropertyBag p, Map<String, String> f) {
        put(f, PimFields.GIVEN_NAME, p.string(PidTag.GIVEN_NAME));
        put(f, PimFields.SURNAME, p.string(PidTag.SURNAME));
        put(f, PimFields.EMAIL2, p.string(PidLid.EMAIL2_EMAIL_ADDRESS));
        put(f, PimFields.HOME_PHONE, p.string(PidTag.HOME_TELEPHONE_NUMBER));
        put(f, PimFields.BUSINESS_ADDRESS, address(p.string(WORK_ADDRESS), p.string(PidLid.WORK_ADDRESS_STREET),
                p.string(PidLid.WORK_ADDRESS_POSTAL_CODE), p.string(PidLid.WORK_ADDRESS_CITY),
                p.string(PidLid.WORK_ADDRESS_STATE), p.string(PidLid.WORK_ADDRESS_COUNTRY)));
        put(f, PimFields.HOME_ADDRESS, address(p.string(HOME_ADDRESS), p.string(PidTag.HOME_ADDRESS_STREET),
                p.string(PidTag.HOME_ADDRESS_POSTAL_CODE), p.string(PidTag.HOME_ADDRESS_CITY),
                p.string(PidTag.HOME_ADDRESS_STATE_OR_PROVINCE), p.string(PidTag.HOME_ADDRESS_COUNTRY)));
        Instant birthday = p.time(PidTag.BIRTHDAY);
        if (birthday != null) {
            f.put(PimFields.BIRTHDAY, LocalDate.ofInstant(birthday, ZoneOffset.UTC).toString());
        }
    }

    /** The full address, else one composed of its parts as vCard import writes them (street; code city; state; country). */
    private static String address(String full, String street, String code, String city, String state, String country) {
        if (full != null && !full.isBlank()) {
            return full.replace("\r\n", "\n");
        }
        List<String> lines = new ArrayList<>();
        add(lines, street);
        add(lines, String.join(" ", nonBlank(code), nonBlank(city)).strip());
        add(lines, state);
        add(lines, country);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    private static String nonBlank(String s) {
        return s == null ? "" : s;
    }

    private static String text(Map<String, String> f, String name) {
        String v = f.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static void put(Map<String, String> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name, value);
        }
    }
}
