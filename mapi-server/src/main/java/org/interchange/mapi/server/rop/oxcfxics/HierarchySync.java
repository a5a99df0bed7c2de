package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interchange.mapi.codec.fxics.FolderChange;
import org.interchange.mapi.codec.fxics.GlobSet;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.ReplicaId;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.fxics.StreamProperty;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.EntryIds;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.SyncSnapshot;
import java.util.function.LongPredicate;
import java.util.HashSet;

/**
 * Plans a hierarchySync download, [MS-OXCFXICS] 2.2.4.3.8 and 3.2.5.9.1: every folder below the
 * synchronized one whose change number the client has not seen (parents first), the folder ids it
 * holds that are gone, and the final state. Only folders the user may see ([MS-OXCPERM]) whose
 * parents are sent too take part.
 */
final class HierarchySync {
    /** Properties of the folderChange prefix, or computed per table row, kept out of the rest. */
    private static final Set<Integer> NOT_IN_REST = Set.of(PidTag.SOURCE_KEY.id(), PidTag.CHANGE_KEY.id(),
            StreamProperties.PREDECESSOR_CHANGE_LIST.id(), PidTag.LAST_MODIFICATION_TIME.id(),
            PidTag.DISPLAY_NAME.id(), PidTag.FOLDER_ID.id(), PidTag.PARENT_FOLDER_ID.id(), PidTag.CHANGE_NUMBER.id(),
            PidTag.ENTRY_ID.id(), PidTag.INSTANCE_KEY.id(), PidTag.CONTENT_COUNT.id(), PidTag.CONTENT_UNREAD_COUNT.id(),
            PidTag.SUBFOLDERS.id());
    private static final ReplicaId LOCAL = new ReplicaId(ExchangeIds.LOCAL_REPLICA_ID);

    private HierarchySync() {
    }

    static SyncPlan plan(MailboxStore store, Mailbox mailbox, long fid, SyncConfiguration config, IcsState state,
            LongPredicate visible) {
        ReplicaGuid me = new ReplicaGuid(mailbox.replicaGuid());
        SyncSnapshot<FolderRecord> snapshot = store.hierarchySnapshot(mailbox, fid);
        GlobSet seen = state.cnsetSeen().globSet(me);
        GlobSet given = state.idsetGiven().globSet(me);
        StreamValues values = new StreamValues(store, mailbox);
        List<SyncElement> elements = new ArrayList<>();
        GlobSet.Builder current = GlobSet.builder();
        Set<Long> sent = new HashSet<>(Set.of(fid));
        for (FolderRecord f : snapshot.items()) {
            if (!sent.contains(f.parentFid()) || !visible.test(f.fid())) {
                continue;
            }
            sent.add(f.fid());
            current.add(ExchangeIds.globalCounter(f.fid()));
            if (!seen.contains(ExchangeIds.globalCounter(f.changeNumber()))) {
                elements.add(change(store, mailbox, fid, f, config, values));
            }
        }
        GlobSet all = current.build();
        GlobSet deleted = config.has(SyncConfiguration.NO_DELETIONS) ? GlobSet.empty() : given.difference(all);
        if (!deleted.isEmpty()) {
            elements.add(new SyncElement.Deletions(IdSet.of(LOCAL, deleted), IdSet.empty(), IdSet.empty()));
        }
        GlobSet upToNow = snapshot.lastCounter() == 0 ? GlobSet.empty()
                : GlobSet.builder().addRange(1, snapshot.lastCounter()).build();
        SyncElement.SyncState finalState = new SyncElement.SyncState(
                IcsState.withReplica(state.idsetGiven(), me, given.difference(deleted).union(all)),
                IcsState.withReplica(state.cnsetSeen(), me, seen.union(upToNow)), null, null);
        elements.add(finalState);
        elements.add(new SyncElement.End());
        return new SyncPlan(elements.iterator(), finalState);
    }

    private static FolderChange change(MailboxStore store, Mailbox mailbox, long root, FolderRecord f,
            SyncConfiguration config, StreamValues values) {
        List<StreamProperty> p = new ArrayList<>();
        p.add(StreamProperty.of(StreamProperties.PARENT_SOURCE_KEY,
                f.parentFid() == root ? new byte[0] : EntryIds.sourceKey(mailbox, f.parentFid())));
        p.add(StreamProperty.of(PidTag.SOURCE_KEY, EntryIds.sourceKey(mailbox, f.fid())));
        p.add(StreamProperty.of(PidTag.LAST_MODIFICATION_TIME, f.modified()));
        p.add(StreamProperty.of(PidTag.CHANGE_KEY, f.version().changeKey()));
        p.add(StreamProperty.of(StreamProperties.PREDECESSOR_CHANGE_LIST, f.version().predecessorChangeList()));
        p.add(StreamProperty.of(PidTag.DISPLAY_NAME, f.displayName()));
        if (config.hasExtra(SyncConfiguration.EXTRA_EID)) {
            p.add(StreamProperty.of(PidTag.FOLDER_ID, f.fid()));
            p.add(StreamProperty.of(PidTag.PARENT_FOLDER_ID, f.parentFid()));
        }
        if (config.hasExtra(SyncConfiguration.EXTRA_CN)) {
            p.add(StreamProperty.of(PidTag.CHANGE_NUMBER, f.changeNumber()));
        }
        List<PropertyValue> rest = ObjectProperties.folder(store, mailbox, f, -1).all().stream()
                .filter(v -> !NOT_IN_REST.contains(v.tag().id()) && config.includes(v.tag(), false)).toList();
        p.addAll(values.convert(rest));
        return new FolderChange(p);
    }

}
