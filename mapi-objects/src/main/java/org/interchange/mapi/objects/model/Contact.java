package org.interchange.mapi.objects.model;

import java.time.Instant;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/** A contact's main fields, [MS-OXOCNTC] 2.2.1. */
public record Contact(String displayName, String givenName, String surname, String fileAs, String email,
                      String company, String jobTitle, String businessPhone, String mobilePhone, String notes,
                      Instant lastModified) {

    public static Contact from(PropertyBag p) {
        return new Contact(p.string(PidTag.DISPLAY_NAME), p.string(PidTag.GIVEN_NAME), p.string(PidTag.SURNAME),
                p.string(PidLid.FILE_UNDER), p.string(PidLid.EMAIL1_EMAIL_ADDRESS), p.string(PidTag.COMPANY_NAME),
                p.string(PidTag.TITLE), p.string(PidTag.BUSINESS_TELEPHONE_NUMBER),
                p.string(PidTag.MOBILE_TELEPHONE_NUMBER), p.string(PidTag.BODY),
                p.time(PidTag.LAST_MODIFICATION_TIME));
    }

    /** The name to list the contact under: display name, else "given surname", else the e-mail address. */
    public String listName() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        String joined = ((givenName == null ? "" : givenName) + " " + (surname == null ? "" : surname)).strip();
        return joined.isEmpty() ? email : joined;
    }
}
