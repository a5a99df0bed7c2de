package org.interchange.tools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.client.write.RecipientSpec;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * Turns items converted with {@link KnownNamedProperties#offline()} ids into the client's
 * {@link MessageSpec} for one mailbox ([MS-OXCPRPT] 3.1.4.2: named property ids are per mailbox):
 * each named property moves to the id the mailbox gave its name ({@link #used} lists the names to
 * create there first), and is dropped (and counted) when the mailbox has no id for the name.
 * By-value attachments and embedded messages (forwarded mail, changed occurrences) go along.
 */
final class ImportSpecs {
    private static final int FIRST_NAMED_ID = 0x8000;
    private final Map<Integer, Optional<PropertyTag>> byOfflineId = new HashMap<>();
    private int dropped;

    ImportSpecs(NamedPropertyIds mailbox) {
        NamedPropertyIds offline = KnownNamedProperties.offline();
        for (PidLid lid : KnownNamedProperties.lids()) {
            offline.tagOf(lid).ifPresent(t -> byOfflineId.put(t.id(), mailbox.tagOf(lid)));
        }
        for (PidName name : KnownNamedProperties.names()) {
            offline.tagOf(name).ifPresent(t -> byOfflineId.put(t.id(), mailbox.tagOf(name)));
        }
    }

    /** The named properties the items use, [MS-OXCPRPT] 3.1.4.2: to be created in the mailbox before writing. */
    record Used(List<PidLid> lids, List<PidName> names) {
    }

    /** The known named properties that appear in {@code items} (properties, recipients and attachments). */
    static Used used(List<MapiMessage> items) {
        NamedPropertyIds offline = KnownNamedProperties.offline();
        Map<Integer, PidLid> lidsById = new HashMap<>();
        for (PidLid lid : KnownNamedProperties.lids()) {
            offline.tagOf(lid).ifPresent(t -> lidsById.put(t.id(), lid));
        }
        Map<Integer, PidName> namesById = new HashMap<>();
        for (PidName name : KnownNamedProperties.names()) {
            offline.tagOf(name).ifPresent(t -> namesById.put(t.id(), name));
        }
        Set<PidLid> lids = new LinkedHashSet<>();
        Set<PidName> names = new LinkedHashSet<>();
        for (PropertyBag bag : bagsOf(items)) {
            for (PropertyValue v : bag.values()) {
                Optional.ofNullable(lidsById.get(v.tag().id())).ifPresent(lids::add);
                Optional.ofNullable(namesById.get(v.tag().id())).ifPresent(names::add);
            }
        }
        return new Used(List.copyOf(lids), List.copyOf(names));
    }

    /** Every property bag of the items, their embedded messages included. */
    private static List<PropertyBag> bagsOf(List<MapiMessage> items) {
        List<PropertyBag> bags = new ArrayList<>();
        for (MapiMessage item : items) {
            bags.add(item.properties());
            bags.addAll(item.recipients());
            bags.addAll(item.attachments());
            bags.addAll(bagsOf(List.copyOf(item.embedded().values())));
        }
        return bags;
    }

    /** Values left out so far: named properties the mailbox does not know, attachments without data. */
    int dropped() {
        return dropped;
    }

    MessageSpec of(MapiMessage item) {
        List<PropertyValue> properties = translate(item.properties());
        List<RecipientSpec> recipients = new ArrayList<>();
        for (PropertyBag r : item.recipients()) {
            String email = r.string(PidTag.SMTP_ADDRESS) != null ? r.string(PidTag.SMTP_ADDRESS)
                    : r.string(PidTag.EMAIL_ADDRESS);
            if (email != null) {
                int type = (int) Math.clamp(r.number(PidTag.RECIPIENT_TYPE, RecipientSpec.TO), RecipientSpec.TO,
                        RecipientSpec.BCC);
                recipients.add(new RecipientSpec(type, r.string(PidTag.DISPLAY_NAME), email,
                        (int) r.number(PidTag.RECIPIENT_TRACK_STATUS, 0)));
            }
        }
        List<AttachmentSpec> attachments = new ArrayList<>();
        for (int index = 0; index < item.attachments().size(); index++) {
            PropertyBag a = item.attachments().get(index);
            MapiMessage embedded = item.embedded().get(index);
            byte[] data = embedded != null ? new byte[0] : a.bytes(PidTag.ATTACH_DATA_BINARY);
            if (data == null) {
                dropped++;
                continue;
            }
            String name = a.string(PidTag.ATTACH_LONG_FILENAME) != null ? a.string(PidTag.ATTACH_LONG_FILENAME)
                    : a.string(PidTag.ATTACH_FILENAME) != null ? a.string(PidTag.ATTACH_FILENAME) : "attachment";
            List<PropertyValue> extra = new ArrayList<>();
            for (PropertyValue v : translate(a)) {
                if (!v.tag().equals(PidTag.ATTACH_DATA_BINARY) && !v.tag().equals(PidTag.ATTACH_LONG_FILENAME)
                        && !v.tag().equals(PidTag.ATTACH_MIME_TAG) && !v.tag().equals(PidTag.ATTACH_METHOD)
                        && !v.tag().equals(PidTag.ATTACH_NUMBER)) {
                    extra.add(v);
                }
            }
            attachments.add(new AttachmentSpec(name, a.string(PidTag.ATTACH_MIME_TAG), data, extra,
                    embedded == null ? null : of(embedded)));
        }
        return new MessageSpec(properties, recipients, attachments, false);
    }

    private List<PropertyValue> translate(PropertyBag bag) {
        List<PropertyValue> out = new ArrayList<>();
        for (PropertyValue v : bag.values()) {
            if (v.tag().id() < FIRST_NAMED_ID) {
                out.add(v);
                continue;
            }
            Optional<PropertyTag> target = byOfflineId.getOrDefault(v.tag().id(), Optional.empty());
            if (target.isPresent()) {
                out.add(PropertyValue.of(target.get(), v.value()));
            } else {
                dropped++;
            }
        }
        return out;
    }
}
