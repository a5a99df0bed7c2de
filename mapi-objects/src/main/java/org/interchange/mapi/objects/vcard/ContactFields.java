package org.interchange.mapi.objects.vcard;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * Which contact properties ([MS-OXOCNTC] 2.2.1.2 to 2.2.1.4) hold the three e-mail addresses, the
 * phones and the three postal addresses, and the vCard types each maps to.
 */
final class ContactFields {
    private ContactFields() {
    }

    /** PidLidEmail1..3: address, address type, display name. */
    record EmailSlot(PidLid address, PidLid type, PidLid displayName) {
    }

    static final List<EmailSlot> EMAILS = List.of(
            new EmailSlot(PidLid.EMAIL1_EMAIL_ADDRESS, PidLid.EMAIL1_ADDRESS_TYPE, PidLid.EMAIL1_DISPLAY_NAME),
            new EmailSlot(PidLid.EMAIL2_EMAIL_ADDRESS, PidLid.EMAIL2_ADDRESS_TYPE, PidLid.EMAIL2_DISPLAY_NAME),
            new EmailSlot(PidLid.EMAIL3_EMAIL_ADDRESS, PidLid.EMAIL3_ADDRESS_TYPE, PidLid.EMAIL3_DISPLAY_NAME));

    /** A phone property and its vCard TEL types (lower case, in RFC 6350 spelling). */
    record PhoneSlot(PropertyTag tag, List<String> types) {
    }

    /** In the order a TEL of a given type set fills them (the first free slot wins). */
    static final List<PhoneSlot> PHONES = List.of(
            new PhoneSlot(PidTag.BUSINESS_TELEPHONE_NUMBER, List.of("work", "voice")),
            new PhoneSlot(PidTag.BUSINESS2_TELEPHONE_NUMBER, List.of("work", "voice")),
            new PhoneSlot(PidTag.HOME_TELEPHONE_NUMBER, List.of("home", "voice")),
            new PhoneSlot(PidTag.HOME2_TELEPHONE_NUMBER, List.of("home", "voice")),
            new PhoneSlot(PidTag.MOBILE_TELEPHONE_NUMBER, List.of("cell")),
            new PhoneSlot(PidTag.BUSINESS_FAX_NUMBER, List.of("work", "fax")),
            new PhoneSlot(PidTag.HOME_FAX_NUMBER, List.of("home", "fax")),
            new PhoneSlot(PidTag.PAGER_TELEPHONE_NUMBER, List.of("pager")),
            new PhoneSlot(PidTag.CAR_TELEPHONE_NUMBER, List.of("car")),
            new PhoneSlot(PidTag.PRIMARY_TELEPHONE_NUMBER, List.of("voice", "pref")),
            new PhoneSlot(PidTag.OTHER_TELEPHONE_NUMBER, List.of("voice")));

    /** Street, city, region, postal code, country and post office box of one address. */
    record AddressSlot(String type, Object street, Object city, Object region, Object postalCode, Object country,
                       Object poBox) {
    }

    static final List<AddressSlot> ADDRESSES = List.of(
            new AddressSlot("work", PidLid.WORK_ADDRESS_STREET, PidLid.WORK_ADDRESS_CITY, PidLid.WORK_ADDRESS_STATE,
                    PidLid.WORK_ADDRESS_POSTAL_CODE, PidLid.WORK_ADDRESS_COUNTRY, PidLid.WORK_ADDRESS_POST_OFFICE_BOX),
            new AddressSlot("home", PidTag.HOME_ADDRESS_STREET, PidTag.HOME_ADDRESS_CITY,
                    PidTag.HOME_ADDRESS_STATE_OR_PROVINCE, PidTag.HOME_ADDRESS_POSTAL_CODE, PidTag.HOME_ADDRESS_COUNTRY,
                    PidTag.HOME_ADDRESS_POST_OFFICE_BOX),
            new AddressSlot("other", PidTag.OTHER_ADDRESS_STREET, PidTag.OTHER_ADDRESS_CITY,
                    PidTag.OTHER_ADDRESS_STATE_OR_PROVINCE, PidTag.OTHER_ADDRESS_POSTAL_CODE,
                    PidTag.OTHER_ADDRESS_COUNTRY, PidTag.OTHER_ADDRESS_POST_OFFICE_BOX));

    /** Reads a field that is a {@link PidLid} or a {@link PropertyTag}. */
    static String read(PropertyBag p, Object field) {
        return field instanceof PidLid lid ? p.string(lid) : p.string((PropertyTag) field);
    }

    static void write(PropertyBag.Builder b, Object field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (field instanceof PidLid lid) {
            b.set(lid, value);
        } else {
            b.set((PropertyTag) field, value);
        }
    }
}
