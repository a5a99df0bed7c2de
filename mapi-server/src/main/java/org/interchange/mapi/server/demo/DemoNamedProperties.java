package org.interchange.mapi.server.demo;

import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.PropertyName;

/** Resolves named properties to this mailbox's property ids, creating mappings as needed ([MS-OXCPRPT] 3.2.5.8). */
final class DemoNamedProperties {
    private final MailboxStore store;
    private final Mailbox mailbox;

    DemoNamedProperties(MailboxStore store, Mailbox mailbox) {
        this.store = store;
        this.mailbox = mailbox;
    }

    PropertyTag tag(PidLid lid) {
        int id = store.namedPropertyId(mailbox, PropertyName.ofLid(lid.propertySet(), lid.lid()), true).orElseThrow();
        return PropertyTag.of(id, lid.type());
    }
}
