package org.interchange.mapi.objects.vcard;

import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.Impp;
import ezvcard.property.Member;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.OneOffEntryId;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * A vCard (2.1, 3.0 or 4.0) to a contact ([MS-OXOCNTC] 2.2.1) or, for KIND:group (and Apple's
 * X-ADDRESSBOOKSERVER-KIND:group), a personal distribution list (2.2.2) whose mailto: members become
 * one-off entry ids. Apple's item1.X-ABLabel labels classify the TEL they group. A card without
 * any name or address, or with a BDAY or ANNIVERSARY that is not a date, is an
 * {@link IllegalArgumentException} naming the property.
 */
public final class VCardToContact {
    /** Apple writes years it does not know as 1604. */
    private static final int NO_YEAR = 1604;

    private VCardToContact() {
    }

    public static MapiMessage convert(VCard v, NamedPropertyIds ids) {
        boolean group = (v.getKind() != null && v.getKind().isGroup()) || v.getExtendedProperties().stream()
                .anyMatch(p -> p.getPropertyName().equalsIgnoreCase("X-ADDRESSBOOKSERVER-KIND")
                        && "group".equalsIgnoreCase(p.getValue()));
        PropertyBag.Builder b = PropertyBag.builder(ids);
        String display = v.getFormattedName() != null ? v.getFormattedName().getValue() : null;
        if (v.getNotes().size() > 0) {
            b.set(PidTag.BODY, v.getNotes().getFirst().getValue());
        }
        if (v.getCategories() != null && !v.getCategories().getValues().isEmpty()) {
            b.set(PidName.KEYWORDS, List.copyOf(v.getCategories().getValues()));
        }
        if (group) {
            return list(v, b, display);
        }
        StructuredName n = v.getStructuredName();
        if (n != null) {
            b.set(PidTag.SURNAME, blankToNull(n.getFamily())).set(PidTag.GIVEN_NAME, blankToNull(n.getGiven()))
                    .set(PidTag.MIDDLE_NAME, first(n.getAdditionalNames()))
                    .set(PidTag.DISPLAY_NAME_PREFIX, first(n.getPrefixes()))
                    .set(PidTag.GENERATION, first(n.getSuffixes()));
        }
        List<Email> emails = new ArrayList<>(v.getEmails());
        emails.sort(Comparator.comparing(e -> e.getPref() == null ? Integer.MAX_VALUE : e.getPref()));
        if (display == null) {
            display = composedName(n, v, emails);
        }
        if (display == null) {
            throw new IllegalArgumentException("the card has no FN, N, ORG or EMAIL");
        }
        b.set(PidTag.MESSAGE_CLASS, "IPM.Contact").set(PidTag.DISPLAY_NAME, display).set(PidTag.SUBJECT, display)
                .set(PidTag.NORMALIZED_SUBJECT, display).set(PidLid.FILE_UNDER, fileAs(n, display));
        for (int i = 0; i < Math.min(3, emails.size()); i++) {
            ContactFields.EmailSlot slot = ContactFields.EMAILS.get(i);
            String address = emails.get(i).getValue();
            b.set(slot.address(), address).set(slot.type(), "SMTP").set(slot.displayName(),
                    display + " (" + address + ")");
        }
        phones(v, b);
        addresses(v, b);
        if (v.getOrganization() != null) {
            List<String> units = v.getOrganization().getValues();
            b.set(PidTag.COMPANY_NAME, units.isEmpty() ? null : blankToNull(units.get(0)));
            b.set(PidTag.DEPARTMENT_NAME, units.size() > 1 ? blankToNull(units.get(1)) : null);
        }
        if (!v.getTitles().isEmpty()) {
            b.set(PidTag.TITLE, v.getTitles().getFirst().getValue());
        }
        if (v.getNickname() != null && !v.getNickname().getValues().isEmpty()) {
            b.set(PidTag.NICKNAME, v.getNickname().getValues().getFirst());
        }
        b.set(PidTag.BIRTHDAY, date(v.getBirthday(), "BDAY"));
        b.set(PidTag.WEDDING_ANNIVERSARY, v.getAnniversary() != null ? date(v.getAnniversary(), "ANNIVERSARY")
                : labelledAnniversary(v));
        urls(v, b);
        if (!v.getImpps().isEmpty() && v.getImpps().getFirst().getUri() != null) {
            Impp im = v.getImpps().getFirst();
            b.set(PidLid.INSTANT_MESSAGING_ADDRESS, im.isXmpp() ? im.getHandle() : im.getUri().toString());
        }
        List<PropertyBag> attachments = new ArrayList<>();
        Photo photo = v.getPhotos().stream().filter(p -> p.getData() != null).findFirst().orElse(null);
        b.set(PidLid.HAS_PICTURE, photo != null);
        if (photo != null) {
            attachments.add(photo(photo, ids));
        }
        return new MapiMessage(b.build(), List.of(), attachments);
    }

    private static MapiMessage list(VCard v, PropertyBag.Builder b, String display) {
        String name = display != null ? display : "Untitled list";
        List<byte[]> members = new ArrayList<>();
        for (Member m : v.getMembers()) {
            String uri = m.getUri() != null ? m.getUri() : m.getValue();
            if (uri != null && uri.regionMatches(true, 0, "mailto:", 0, 7)) {
                String email = uri.substring(7);
                String cn = m.getParameters().first(ContactToVCard.MEMBER_NAME);
                members.add(new OneOffEntryId(cn != null ? cn : email, "SMTP", email).write());
            }
        }
        b.set(PidTag.MESSAGE_CLASS, "IPM.DistList").set(PidTag.DISPLAY_NAME, name).set(PidTag.SUBJECT, name)
                .set(PidTag.NORMALIZED_SUBJECT, name).set(PidLid.DISTRIBUTION_LIST_NAME, name)
                .set(PidLid.FILE_UNDER, name)
                .set(PidLid.DISTRIBUTION_LIST_ONE_OFF_MEMBERS, members).set(PidLid.DISTRIBUTION_LIST_MEMBERS, members);
        return new MapiMessage(b.build(), List.of(), List.of());
    }

    private static String composedName(StructuredName n, VCard v, List<Email> emails) {
        if (n != null) {
            String joined = ((n.getGiven() == null ? "" : n.getGiven()) + " "
                    + (n.getFamily() == null ? "" : n.getFamily())).strip();
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        if (v.getOrganization() != null && !v.getOrganization().getValues().isEmpty()) {
            return v.getOrganization().getValues().getFirst();
        }
        return emails.isEmpty() ? null : emails.getFirst().getValue();
    }

    private static String fileAs(StructuredName n, String display) {
        if (n != null && n.getFamily() != null && !n.getFamily().isBlank()) {
            return n.getGiven() == null || n.getGiven().isBlank() ? n.getFamily() : n.getFamily() + ", " + n.getGiven();
        }
        return display;
    }

    private static void phones(VCard v, PropertyBag.Builder b) {
        Set<PropertyTag> used = new HashSet<>();
        for (Telephone t : v.getTelephoneNumbers()) {
            String number = t.getText() != null ? t.getText() : t.getUri() != null ? t.getUri().getNumber() : null;
            if (number == null || number.isBlank()) {
                continue;
            }
            Set<String> types = new HashSet<>();
            t.getTypes().forEach(type -> types.add(type.getValue().toLowerCase(Locale.ROOT)));
            String label = label(v, t.getGroup());
            if (label != null) {
                types.add(label);
            }
            if (t.getPref() != null && t.getPref() == 1) {
                types.add("pref");
            }
            for (PropertyTag candidate : candidates(types)) {
                if (used.add(candidate)) {
                    b.set(candidate, number);
                    break;
                }
            }
        }
    }

    /** Apple's X-ABLabel of an item group, e.g. "_$!<Mobile>!$_" read as "mobile". */
    private static String label(VCard v, String group) {
        if (group == null) {
            return null;
        }
        for (RawProperty p : v.getExtendedProperties()) {
            if (group.equalsIgnoreCase(p.getGroup()) && p.getPropertyName().equalsIgnoreCase("X-ABLabel")) {
                return p.getValue().replace("_$!<", "").replace(">!$_", "").strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static List<PropertyTag> candidates(Set<String> types) {
        if (types.contains("cell") || types.contains("mobile") || types.contains("iphone")) {
            return List.of(PidTag.MOBILE_TELEPHONE_NUMBER, PidTag.OTHER_TELEPHONE_NUMBER);
        }
        if (types.contains("fax")) {
            return types.contains("home") ? List.of(PidTag.HOME_FAX_NUMBER, PidTag.BUSINESS_FAX_NUMBER)
                    : List.of(PidTag.BUSINESS_FAX_NUMBER, PidTag.HOME_FAX_NUMBER);
        }
        if (types.contains("pager")) {
            return List.of(PidTag.PAGER_TELEPHONE_NUMBER, PidTag.OTHER_TELEPHONE_NUMBER);
        }
        if (types.contains("car")) {
            return List.of(PidTag.CAR_TELEPHONE_NUMBER, PidTag.OTHER_TELEPHONE_NUMBER);
        }
        if (types.contains("work")) {
            return List.of(PidTag.BUSINESS_TELEPHONE_NUMBER, PidTag.BUSINESS2_TELEPHONE_NUMBER,
                    PidTag.OTHER_TELEPHONE_NUMBER);
        }
        if (types.contains("home")) {
            return List.of(PidTag.HOME_TELEPHONE_NUMBER, PidTag.HOME2_TELEPHONE_NUMBER, PidTag.OTHER_TELEPHONE_NUMBER);
        }
        if (types.contains("pref") || types.contains("main")) {
            return List.of(PidTag.PRIMARY_TELEPHONE_NUMBER, PidTag.OTHER_TELEPHONE_NUMBER);
        }
        return List.of(PidTag.OTHER_TELEPHONE_NUMBER, PidTag.BUSINESS2_TELEPHONE_NUMBER, PidTag.HOME2_TELEPHONE_NUMBER);
    }

    private static void addresses(VCard v, PropertyBag.Builder b) {
        Set<String> used = new HashSet<>();
        for (Address a : v.getAddresses()) {
            Set<String> types = new HashSet<>();
            a.getTypes().forEach(t -> types.add(t.getValue().toLowerCase(Locale.ROOT)));
            String label = label(v, a.getGroup());
            String kind = types.contains("work") || "work".equals(label) ? "work"
                    : types.contains("home") || "home".equals(label) ? "home" : "other";
            if (!used.add(kind)) {
                kind = used.add("other") ? "other" : null;
            }
            for (ContactFields.AddressSlot slot : ContactFields.ADDRESSES) {
                if (slot.type().equals(kind)) {
                    ContactFields.write(b, slot.street(), a.getStreetAddress());
                    ContactFields.write(b, slot.city(), a.getLocality());
                    ContactFields.write(b, slot.region(), a.getRegion());
                    ContactFields.write(b, slot.postalCode(), a.getPostalCode());
                    ContactFields.write(b, slot.country(), a.getCountry());
                    ContactFields.write(b, slot.poBox(), a.getPoBox());
                }
            }
        }
    }

    private static void urls(VCard v, PropertyBag.Builder b) {
        String work = null;
        String home = null;
        for (Url u : v.getUrls()) {
            String type = u.getType() == null ? "" : u.getType().toLowerCase(Locale.ROOT);
            if (type.equals("work") && work == null) {
                work = u.getValue();
            } else if (home == null && !type.equals("work")) {
                home = u.getValue();
            } else if (work == null) {
                work = u.getValue();
            }
        }
        b.set(PidTag.BUSINESS_HOME_PAGE, work).set(PidTag.PERSONAL_HOME_PAGE, home);
    }

    /** A BDAY or ANNIVERSARY as midnight UTC of its date (year 1604 when the card gives none). */
    private static Instant date(DateOrTimeProperty p, String name) {
        if (p == null) {
            return null;
        }
        LocalDate date;
        Temporal t = p.getDate();
        PartialDate partial = p.getPartialDate();
        if (t != null) {
            date = LocalDate.of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR), t.get(ChronoField.DAY_OF_MONTH));
        } else if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            date = LocalDate.of(partial.getYear() != null ? partial.getYear() : NO_YEAR, partial.getMonth(),
                    partial.getDate());
        } else {
            throw new IllegalArgumentException(name + ": not a date: \"" + p.getText() + "\"");
        }
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Apple's and Google's itemN.X-ABDATE labelled _$!<Anniversary>!$_. */
    private static Instant labelledAnniversary(VCard v) {
        for (RawProperty p : v.getExtendedProperties()) {
            if (p.getPropertyName().equalsIgnoreCase("X-ABDATE") && "anniversary".equals(label(v, p.getGroup()))) {
                try {
                    return LocalDate.parse(p.getValue().strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("X-ABDATE: not a date: \"" + p.getValue() + "\"", e);
                }
            }
        }
        return null;
    }

    private static PropertyBag photo(Photo photo, NamedPropertyIds ids) {
        String type = photo.getContentType() != null && photo.getContentType().getMediaType() != null
                ? photo.getContentType().getMediaType() : "image/jpeg";
        String extension = type.endsWith("png") ? ".png" : type.endsWith("gif") ? ".gif" : ".jpg";
        byte[] data = photo.getData();
        return PropertyBag.builder(ids).set(PidTag.ATTACH_NUMBER, 0).set(PidTag.ATTACH_METHOD, 1)
                .set(PidTag.ATTACH_LONG_FILENAME, "ContactPicture" + extension)
                .set(PidTag.ATTACH_FILENAME, "ContactPicture" + extension).set(PidTag.ATTACH_EXTENSION, extension)
                .set(PidTag.ATTACH_MIME_TAG, type).set(PidTag.ATTACHMENT_CONTACT_PHOTO, true)
                .set(PidTag.ATTACHMENT_HIDDEN, true).set(PidTag.ATTACH_DATA_BINARY, data)
                .set(PidTag.ATTACH_SIZE, data.length).build();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : blankToNull(values.getFirst());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
