package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.fxics.StreamProperty;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * Turns stored property values into FastTransfer propValues, [MS-OXCFXICS] 2.2.4.1.1: named
 * properties carry their name (looked up once per download); ids without a mapping are left out.
 */
final class StreamValues {
    private final MailboxStore store;
    private final Mailbox mailbox;
    private final Map<Integer, Optional<PropertyName>> names = new HashMap<>();

    StreamValues(MailboxStore store, Mailbox mailbox) {
        this.store = store;
        this.mailbox = mailbox;
    }

    List<StreamProperty> convert(List<PropertyValue> values) {
        List<StreamProperty> out = new ArrayList<>(values.size());
        for (PropertyValue v : values) {
            if (v.value() == null) {
                continue;
            }
            if (!v.tag().isNamed()) {
                out.add(new StreamProperty(v, null));
                continue;
            }
            names.computeIfAbsent(v.tag().id(), id -> store.propertyName(mailbox, id).map(n -> n.lid() != null
                    ? PropertyName.ofId(n.propertySet(), n.lid()) : PropertyName.ofName(n.propertySet(), n.name())))
                    .ifPresent(name -> out.add(new StreamProperty(v, name)));
        }
        return out;
    }
}
