package org.interchange.mapi.server.demo;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.demo.DemoPeople.Person;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;

/** Writes an IPM.Contact for every demo person, [MS-OXOCNTC] 2.2. */
final class DemoContactsWriter {
    private final MailboxStore store;
    private final Mailbox mailbox;
    private final DemoNamedProperties named;

    DemoContactsWriter(MailboxStore store, Mailbox mailbox, DemoNamedProperties named) {
        this.store = store;
        this.mailbox = mailbox;
        this.named = named;
    }

    int write(long folder) {
        List<Person> people = new ArrayList<>(DemoPeople.COLLEAGUES);
        people.addAll(DemoPeople.EXTERNAL);
        for (Person person : people) {
            List<PropertyValue> p = new ArrayList<>();
            p.add(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Contact"));
            p.add(PropertyValue.of(PidTag.SUBJECT, person.displayName()));
            p.add(PropertyValue.of(PidTag.DISPLAY_NAME, person.displayName()));
            p.add(PropertyValue.of(PidTag.GIVEN_NAME, person.givenName()));
            p.add(PropertyValue.of(PidTag.SURNAME, person.surname()));
            p.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, PidTag.MSGFLAG_READ));
            optional(p, PidTag.COMPANY_NAME, person.company());
            optional(p, PidTag.TITLE, person.title());
            optional(p, PidTag.BUSINESS_TELEPHONE_NUMBER, person.businessPhone());
            optional(p, PidTag.MOBILE_TELEPHONE_NUMBER, person.mobilePhone());
            p.add(PropertyValue.of(named.tag(PidLid.FILE_UNDER), person.surname() + ", " + person.givenName()));
            p.add(PropertyValue.of(named.tag(PidLid.EMAIL1_DISPLAY_NAME),
                    person.displayName() + " (" + person.email() + ")"));
            p.add(PropertyValue.of(named.tag(PidLid.EMAIL1_ADDRESS_TYPE), "SMTP"));
            p.add(PropertyValue.of(named.tag(PidLid.EMAIL1_EMAIL_ADDRESS), person.email()));
            store.createMessage(mailbox, folder, NewMessage.of(p));
        }
        return people.size();
    }

    private static void optional(List<PropertyValue> p, org.interchange.mapi.codec.property.PropertyTag tag, String v) {
        if (!v.isEmpty()) {
            p.add(PropertyValue.of(tag, v));
        }
    }
}
