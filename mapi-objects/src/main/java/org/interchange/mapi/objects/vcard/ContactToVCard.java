package org.interchange.mapi.objects.vcard;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Impp;
import ezvcard.property.Kind;
import ezvcard.property.Member;
import ezvcard.property.Photo;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.OneOffEntryId;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * A contact ([MS-OXOCNTC] 2.2.1) or personal distribution list (2.2.2) as a vCard 4: N and FN,
 * three EMAILs (PREF 1 to 3), TEL by type, work/home/other ADR, ORG and TITLE, BDAY and ANNIVERSARY,
 * NOTE, CATEGORIES, URL, IMPP, NICKNAME, and the contact photo attachment as PHOTO; a list as
 * KIND:group with a MEMBER per one-off member.
 */
public final class ContactToVCard {
    static final String MEMBER_NAME = "X-CN";

    private ContactToVCard() {
    }

    public static VCard convert(MapiMessage contact) {
        PropertyBag p = contact.properties();
        String cls = p.string(PidTag.MESSAGE_CLASS);
        return cls != null && cls.toLowerCase(Locale.ROOT).startsWith("ipm.distlist") ? list(p) : person(contact, p);
    }

    private static VCard person(MapiMessage contact, PropertyBag p) {
        VCard v = base(p);
        StructuredName n = new StructuredName();
        n.setFamily(p.string(PidTag.SURNAME));
        n.setGiven(p.string(PidTag.GIVEN_NAME));
        add(n.getAdditionalNames(), p.string(PidTag.MIDDLE_NAME));
        add(n.getPrefixes(), p.string(PidTag.DISPLAY_NAME_PREFIX));
        add(n.getSuffixes(), p.string(PidTag.GENERATION));
        v.setStructuredName(n);
        if (p.string(PidTag.NICKNAME) != null) {
            v.setNickname(p.string(PidTag.NICKNAME));
        }
        int pref = 1;
        for (ContactFields.EmailSlot slot : ContactFields.EMAILS) {
            String address = p.string(slot.address());
            if (address != null && !address.isBlank()) {
                Email e = v.addEmail(address, EmailType.INTERNET);
                e.setPref(pref);
            }
            pref++;
        }
        for (ContactFields.PhoneSlot slot : ContactFields.PHONES) {
            String number = p.string(slot.tag());
            if (number != null && !number.isBlank()) {
                Telephone t = v.addTelephoneNumber(number);
                slot.types().forEach(type -> t.getTypes().add(TelephoneType.get(type)));
            }
        }
        for (ContactFields.AddressSlot slot : ContactFields.ADDRESSES) {
            Address a = new Address();
            a.setStreetAddress(ContactFields.read(p, slot.street()));
            a.setLocality(ContactFields.read(p, slot.city()));
            a.setRegion(ContactFields.read(p, slot.region()));
            a.setPostalCode(ContactFields.read(p, slot.postalCode()));
            a.setCountry(ContactFields.read(p, slot.country()));
            a.setPoBox(ContactFields.read(p, slot.poBox()));
            if (a.getStreetAddress() != null || a.getLocality() != null || a.getRegion() != null
                    || a.getPostalCode() != null || a.getCountry() != null || a.getPoBox() != null) {
                a.getTypes().add(AddressType.get(slot.type()));
                v.addAddress(a);
            }
        }
        String company = p.string(PidTag.COMPANY_NAME);
        String department = p.string(PidTag.DEPARTMENT_NAME);
        if (company != null || department != null) {
            List<String> units = new ArrayList<>();
            units.add(company == null ? "" : company);
            if (department != null) {
                units.add(department);
            }
            v.setOrganization(units.toArray(String[]::new));
        }
        if (p.string(PidTag.TITLE) != null) {
            v.addTitle(p.string(PidTag.TITLE));
        }
        Instant birthday = p.time(PidTag.BIRTHDAY);
        if (birthday != null) {
            v.setBirthday(new Birthday(dateOf(birthday)));
        }
        Instant anniversary = p.time(PidTag.WEDDING_ANNIVERSARY);
        if (anniversary != null) {
            v.setAnniversary(new Anniversary(dateOf(anniversary)));
        }
        url(v, p.string(PidTag.BUSINESS_HOME_PAGE), "work");
        url(v, p.string(PidTag.PERSONAL_HOME_PAGE), "home");
        String im = p.string(PidLid.INSTANT_MESSAGING_ADDRESS);
        if (im != null && !im.isBlank()) {
            v.addImpp(new Impp(im.contains(":") ? im : "xmpp:" + im));
        }
        for (int i = 0; i < contact.attachments().size(); i++) {
            PropertyBag a = contact.attachments().get(i);
            byte[] data = a.bytes(PidTag.ATTACH_DATA_BINARY);
            if (a.flag(PidTag.ATTACHMENT_CONTACT_PHOTO) && data != null) {
                v.addPhoto(new Photo(data, imageType(a)));
            }
        }
        return v;
    }

    private static VCard list(PropertyBag p) {
        VCard v = base(p);
        v.setKind(Kind.group());
        String name = p.string(PidLid.DISTRIBUTION_LIST_NAME);
        if (name != null && v.getFormattedName() == null) {
            v.setFormattedName(name);
        }
        List<byte[]> members = p.binaries(PidLid.DISTRIBUTION_LIST_ONE_OFF_MEMBERS);
        if (members.isEmpty()) {
            members = p.binaries(PidLid.DISTRIBUTION_LIST_MEMBERS);
        }
        for (int i = 0; i < members.size(); i++) {
            if (!OneOffEntryId.isOneOff(members.get(i))) {
                continue;
            }
            try {
                OneOffEntryId member = OneOffEntryId.read(members.get(i));
                Member m = new Member("mailto:" + member.emailAddress());
                if (!member.displayName().equals(member.emailAddress())) {
                    m.getParameters().put(MEMBER_NAME, member.displayName());
                }
                v.addMember(m);
            } catch (MapiCodecException e) {
                throw new IllegalArgumentException("distribution list member " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return v;
    }

    private static VCard base(PropertyBag p) {
        VCard v = new VCard(VCardVersion.V4_0);
        String display = p.string(PidTag.DISPLAY_NAME);
        if (display == null) {
            display = p.string(PidTag.SUBJECT);
        }
        if (display != null) {
            v.setFormattedName(display);
        }
        byte[] key = p.bytes(PidTag.SOURCE_KEY);
        if (key != null) {
            v.setUid(new Uid("urn:mapi:" + HexFormat.of().formatHex(key)));
        }
        String body = p.string(PidTag.BODY);
        if (body != null && !body.isBlank()) {
            v.addNote(body);
        }
        List<String> categories = p.strings(PidName.KEYWORDS);
        if (!categories.isEmpty()) {
            v.setCategories(categories.toArray(String[]::new));
        }
        Instant modified = p.time(PidTag.LAST_MODIFICATION_TIME);
        if (modified != null) {
            v.setRevision(new Revision(modified));
        }
        return v;
    }

    /** The date a PidTagBirthday-style time stands for, whether saved as local midnight or UTC midnight. */
    static LocalDate dateOf(Instant midnight) {
        return LocalDate.ofInstant(midnight.plus(Duration.ofHours(12)), ZoneOffset.UTC);
    }

    private static void url(VCard v, String url, String type) {
        if (url != null && !url.isBlank()) {
            Url u = v.addUrl(url);
            u.setType(type);
        }
    }

    private static ImageType imageType(PropertyBag attachment) {
        String mime = attachment.string(PidTag.ATTACH_MIME_TAG);
        if (mime != null) {
            ImageType t = ImageType.find(mime, null, null);
            if (t != null) {
                return t;
            }
        }
        String name = attachment.string(PidTag.ATTACH_LONG_FILENAME);
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".png") ? ImageType.PNG : ImageType.JPEG;
    }

    private static void add(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }
}
