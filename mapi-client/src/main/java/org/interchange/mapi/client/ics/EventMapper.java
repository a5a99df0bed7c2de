package org.interchange.mapi.client.ics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.codec.fxics.FolderChange;
import org.interchange.mapi.codec.fxics.GlobCnt;
import org.interchange.mapi.codec.fxics.GlobCntRange;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.MessageChange;
import org.interchange.mapi.codec.fxics.ReplicaId;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.fxics.StreamProperty;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/** Turns the elements of an ICS stream into {@link IcsEvent}s, [MS-OXCFXICS] 2.2.4.3. */
final class EventMapper {
    /** Most ids one deletions or read-state element may name; more is taken as a broken stream. */
    static final long MAX_IDS = 10_000_000;

    private EventMapper() {
    }

    static IcsMessage message(MessageChange change, int localReplicaId) {
        List<StreamProperty> h = change.header();
        byte[] sourceKey = change.sourceKey();
        if (sourceKey == null) {
            throw new MapiProtocolException("a message change without PidTagSourceKey");
        }
        long mid = (long) StreamProperties.find(h, PidTag.MID).orElseGet(() ->
                GlobCnt.toId(new ReplicaId(localReplicaId), Xid.decode(sourceKey).localIdValue()));
        long cn = (long) StreamProperties.find(h, PidTag.CHANGE_NUMBER).orElse(0L);
        int size = (int) StreamProperties.find(h, PidTag.MESSAGE_SIZE).orElse(0);
        Instant modified = change.lastModificationTime();
        return new IcsMessage(mid, cn, sourceKey, change.changeKey(), change.predecessorChangeList(), modified,
                change.associated(), size, bag(change.content().properties()),
                change.content().recipients().stream().map(r -> bag(r.properties())).toList(),
                change.content().attachments().stream().map(a -> bag(a.properties())).toList());
    }

    static IcsFolder folder(FolderChange change, int localReplicaId) {
        List<StreamProperty> p = change.properties();
        byte[] sourceKey = change.sourceKey();
        if (sourceKey == null) {
            throw new MapiProtocolException("a folder change without PidTagSourceKey");
        }
        long fid = (long) StreamProperties.find(p, PidTag.FOLDER_ID).orElseGet(() ->
                GlobCnt.toId(new ReplicaId(localReplicaId), Xid.decode(sourceKey).localIdValue()));
        long parent = (long) StreamProperties.find(p, PidTag.PARENT_FOLDER_ID).orElse(0L);
        String name = (String) StreamProperties.find(p, PidTag.DISPLAY_NAME).orElse("");
        byte[] parentKey = change.parentSourceKey();
        return new IcsFolder(fid, parent, sourceKey, parentKey == null ? new byte[0] : parentKey, name,
                (byte[]) StreamProperties.find(p, PidTag.CHANGE_KEY).orElse(new byte[0]), bag(p));
    }

    /** The 64-bit ids of a REPLID-based IDSET. */
    static List<Long> ids(IdSet<ReplicaId> set) {
        List<Long> out = new ArrayList<>();
        long total = 0;
        for (ReplicaId replica : set.replicas()) {
            for (GlobCntRange range : set.ranges(replica)) {
                total += range.count();
                if (total > MAX_IDS) {
                    throw new MapiProtocolException("an ICS id set names more than " + MAX_IDS + " ids");
                }
                for (long c = range.low(); c <= range.high(); c++) {
                    out.add(GlobCnt.toId(replica, c));
                }
            }
        }
        return out;
    }

    /** A bag whose named properties answer by the names the stream carried (MNID_ID and MNID_STRING). */
    static PropertyBag bag(List<StreamProperty> properties) {
        List<PropertyValue> values = new ArrayList<>(properties.size());
        Map<PidLid, Integer> named = new HashMap<>();
        Map<PidName, Integer> strings = new HashMap<>();
        for (StreamProperty p : properties) {
            values.add(p.value());
            PropertyName name = p.name();
            PropertyTag tag = p.tag();
            if (name != null && name.kind() == PropertyName.MNID_ID) {
                named.put(new PidLid(name.guid(), name.lid(), tag.type()), tag.id());
            } else if (name != null && name.kind() == PropertyName.MNID_STRING) {
                strings.put(new PidName(name.guid(), name.name(), tag.type()), tag.id());
            }
        }
        return PropertyBag.of(values, named.isEmpty() && strings.isEmpty() ? NamedPropertyIds.NONE
                : new NamedPropertyIds(named, strings));
    }
}
