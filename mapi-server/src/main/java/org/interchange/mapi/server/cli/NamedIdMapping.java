package org.interchange.mapi.server.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.PropertyName;

/**
 * Moves named properties from the ids {@link KnownNamedProperties#offline()} gives them to the ids
 * of one mailbox ([MS-OXCPRPT] 3.2.5.8: named-property ids are per mailbox), creating the mailbox's
 * mapping for a name the first time an item uses it, as RopGetPropertyIdsFromNames with the create
 * flag would ([MS-OXCPRPT] 2.2.12).
 */
final class NamedIdMapping {
    private static final int FIRST_NAMED_ID = 0x8000;
    private static final Map<Integer, PropertyName> OFFLINE_NAMES = offlineNames();

    private final MailboxStore store;
    private final Mailbox mailbox;
    private final Map<Integer, OptionalInt> mailboxIds = new HashMap<>();

    NamedIdMapping(MailboxStore store, Mailbox mailbox) {
        this.store = store;
        this.mailbox = mailbox;
    }

    /**
     * The tag {@code offline} has in the mailbox: itself below 0x8000, the mailbox's id for its
     * name above, or empty for an id that names no known property or that the mailbox cannot map.
     */
    Optional<PropertyTag> tagOf(PropertyTag offline) {
        if (offline.id() < FIRST_NAMED_ID) {
            return Optional.of(offline);
        }
        PropertyName name = OFFLINE_NAMES.get(offline.id());
        if (name == null) {
            return Optional.empty();
        }
        OptionalInt id = mailboxIds.computeIfAbsent(offline.id(), k -> store.namedPropertyId(mailbox, name, true));
        return id.isPresent() ? Optional.of(PropertyTag.of(id.getAsInt(), offline.type())) : Optional.empty();
    }

    private static Map<Integer, PropertyName> offlineNames() {
        NamedPropertyIds offline = KnownNamedProperties.offline();
        Map<Integer, PropertyName> names = new HashMap<>();
        for (PidLid lid : KnownNamedProperties.lids()) {
            offline.tagOf(lid).ifPresent(t -> names.put(t.id(), PropertyName.ofLid(lid.propertySet(), lid.lid())));
        }
        for (PidName name : KnownNamedProperties.names()) {
            offline.tagOf(name).ifPresent(t -> names.put(t.id(), PropertyName.ofName(name.propertySet(), name.name())));
        }
        return Map.copyOf(names);
    }
}
