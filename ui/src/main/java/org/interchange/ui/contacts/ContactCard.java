package org.interchange.ui.contacts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.categories.CategoryNames;

/**
 * A contact as the list and the card show it ([MS-OXOCNTC] 2.2.1): names, e-mail addresses, phones,
 * postal addresses, company, birthday, notes, and where its photo is — a photo set in this client
 * ({@code photo}, base64; "" when the user removed it) or the contact's photo attachment
 * ([MS-OXOCNTC] 2.2.1.8, {@code photoAttachmentId}, 0 when there is none), and its categories ([MS-OXCMSG]
 * 2.2.1.17, shown, kept by an edit). {@code itemId} is 0 for a new contact.
 */
public record ContactCard(long itemId, String displayName, String givenName, String surname, String email,
                          String email2, String company, String jobTitle, String businessPhone, String mobilePhone,
                          String homePhone, String businessAddress, String homeAddress, LocalDate birthday,
                          String notes, String photo, long photoAttachmentId, List<String> categories) {

    public ContactCard {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The file name Outlook gives the contact photo attachment ([MS-OXOCNTC] 2.2.1.8.1). */
    static final String PHOTO_FILE = "ContactPicture.jpg";

    /** An empty card for a new contact. */
    public static ContactCard empty() {
        return new ContactCard(0, "", "", "", "", "", "", "", "", "", "", "", "", null, "", null, 0, List.of());
    }

    /** The card of a cached contact. */
    public static ContactCard of(ItemDetail d) {
        Map<String, String> f = d.fields();
        long photoId = 0;
        for (AttachmentInfo a : d.attachments()) {
            if (PHOTO_FILE.equalsIgnoreCase(a.fileName())
                    || (photoId == 0 && a.mimeType() != null && a.mimeType().startsWith("image/"))) {
                photoId = a.id();
            }
        }
        return new ContactCard(d.summary().id(), text(d.summary().subject()), text(f.get(PimFields.GIVEN_NAME)),
                text(f.get(PimFields.SURNAME)), text(f.get(ItemFields.EMAIL)), text(f.get(PimFields.EMAIL2)),
                text(f.get(ItemFields.COMPANY)), text(f.get(ItemFields.JOB_TITLE)), text(f.get(ItemFields.BUSINESS_PHONE)),
                text(f.get(ItemFields.MOBILE_PHONE)), text(f.get(PimFields.HOME_PHONE)),
                text(f.get(PimFields.BUSINESS_ADDRESS)), text(f.get(PimFields.HOME_ADDRESS)),
                date(f.get(PimFields.BIRTHDAY)), text(d.bodyText()), f.get(PimFields.PHOTO), photoId,
                CategoryNames.parse(f.get(ItemFields.CATEGORIES)));
    }

    /** Whether the card has a photo to show. */
    public boolean hasPhoto() {
        return photo != null ? !photo.isEmpty() : photoAttachmentId != 0;
    }

    /** Whether every word of {@code query} starts a word of the name, e-mail addresses, company or phones. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = String.join(" ", displayName, givenName, surname, email, email2, company, businessPhone,
                mobilePhone, homePhone).toLowerCase(java.util.Locale.ROOT);
        for (String word : query.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the cache stores for this card on top of {@code base} (the item's current fields, kept where
     * the card does not speak of them); cleared texts are written empty so an edit removes them.
     */
    ItemContent content(Map<String, String> base) {
        ItemContent standard = ItemContent.contact(displayName, blankToNull(email), blankToNull(company),
                blankToNull(jobTitle), blankToNull(businessPhone), blankToNull(mobilePhone), blankToNull(notes));
        Map<String, String> fields = new LinkedHashMap<>(base);
        for (String key : new String[] {ItemFields.EMAIL, ItemFields.COMPANY, ItemFields.JOB_TITLE,
                ItemFields.BUSINESS_PHONE, ItemFields.MOBILE_PHONE}) {
            fields.remove(key);
        }
        fields.putAll(standard.fields());
        fields.put(PimFields.GIVEN_NAME, givenName);
        fields.put(PimFields.SURNAME, surname);
        fields.put(PimFields.EMAIL2, email2);
        fields.put(PimFields.HOME_PHONE, homePhone);
        fields.put(PimFields.BUSINESS_ADDRESS, businessAddress);
        fields.put(PimFields.HOME_ADDRESS, homeAddress);
        fields.put(PimFields.BIRTHDAY, birthday == null ? "" : birthday.toString());
        if (photo != null) {
            fields.put(PimFields.PHOTO, photo);
        }
        return new ItemContent(displayName, blankToNull(notes), null, null, null, fields);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException bad) {
            return null;
        }
    }
}
