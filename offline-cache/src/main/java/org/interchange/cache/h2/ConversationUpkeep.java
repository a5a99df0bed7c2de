package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the stored conversations ([MS-OXOMSG] 2.2.1.5, migration V67) current in the transaction that writes
 * items: {@link #settle}, called just before it commits, takes the mail items it wrote from
 * {@code conversation_changes} and threads again only the clusters ({@link ConversationLinks}) they leave or join,
 * moves the members whose conversation changed, and counts again the conversations that lost, gained or changed a
 * member. A change of read state or size only adds itself to its conversation's counts; one of the sender counts
 * the conversation again. Writers that thread hold one row lock from threading to commit, so each threads on what
 * the one before committed.
 * <p>A folder's first download ({@link ConversationDeferrals}: it has no conversation member yet) is not threaded
 * batch by batch: {@link #settle(Connection, boolean)}, at the commits in the middle of a sync run, records the
 * deferral in the same transaction as the items, and the next {@link #settle} (the sync run's last commit, any other
 * write, or a reader of conversations) threads the whole folder at once.
 */
final class ConversationUpkeep {
    /** Items threaded together; a sync batch is well below this. */
    private static final int CHUNK = 5000;

    private ConversationUpkeep() {
    }

    /**
     * True when items wait to be threaded: this transaction's, any a writer committed without threading, or a
     * deferred folder's.
     */
    static boolean pending(Connection c) throws SQLException {
        return changes(c) || ConversationDeferrals.any(c);
    }

    private static boolean changes(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM conversation_changes LIMIT 1");
             ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    /**
     * Threads the mail items written in {@code c}'s open transaction, and every deferred folder; call it right
     * before the commit.
     */
    static void settle(Connection c) throws SQLException {
        settle(c, true);
    }

    /**
     * As {@link #settle} when {@code complete}; otherwise, for a commit in the middle of a sync run, deferred folders
     * stay deferred, and a folder that gets its first mail is deferred too.
     */
    static void settle(Connection c, boolean complete) throws SQLException {
        if (!changes(c) && !(complete && ConversationDeferrals.any(c))) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE conversation_lock SET id = id")) {
            s.executeUpdate();
        }
        Set<Long> deferred = ConversationDeferrals.folders(c); // under the lock: as the writer before left them
        Set<Long> changed = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT item_id FROM OLD TABLE (DELETE FROM conversation_changes)");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                changed.add(r.getLong(1));
            }
        }
        List<Long> ids = new ArrayList<>(changed);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            apply(c, ids.subList(from, Math.min(ids.size(), from + CHUNK)), deferred, complete);
        }
        if (complete && !deferred.isEmpty()) {
            ConversationDeferrals.complete(c, deferred);
        }
    }

    /**
     * Threads the changed items {@code ids}, but not into the folders {@code deferred}, which have no member rows;
     * unless {@code complete}, a folder that has none yet is deferred too.
     */
    private static void apply(Connection c, List<Long> ids, Set<Long> deferred, boolean complete)
            throws SQLException {
        Map<Long, Boolean> threadedNow = new HashMap<>();
        Map<Long, ConversationRows.Item> now = ConversationRows.items(c, ids, folderId -> {
            Boolean known = threadedNow.get(folderId);
            if (known == null) {
                known = !deferred.contains(folderId);
                if (known && !complete && ConversationDeferrals.unthreaded(c, folderId)) {
                    ConversationDeferrals.defer(c, folderId);
                    deferred.add(folderId);
                    known = false;
                }
                threadedNow.put(folderId, known);
            }
            return known;
        }); // an item of a deferred folder is threaded with the whole folder, later
        Map<Long, ConversationRows.Member> was = ConversationRows.members(c, ids);
        Map<Long, FolderWork> folders = new HashMap<>();
        for (long id : ids) {
            ConversationRows.Item item = now.get(id);
            ConversationRows.Member member = was.get(id);
            if (item == null && member == null) {
                continue;
            }
            if (item != null && member != null && sameThreading(member, item)) {
                if (member.read() != item.read() || member.size() != item.size()
                        || !Objects.equals(member.senderKey(), item.senderKey())) {
                    FolderWork work = folders.computeIfAbsent(item.folderId(), FolderWork::new);
                    work.recounted.add(new ConversationRows.Member(id, item.folderId(), member.key(),
                            member.cluster(), member.date(), item.read(), item.size(), item.senderKey(),
                            member.subjectKey(), member.headersHash()));
                    work.before.put(id, member);
                }
                continue;
            }
            if (member != null) {
                folders.computeIfAbsent(member.folderId(), FolderWork::new).leaving.put(id, member);
            }
            if (item != null) {
                folders.computeIfAbsent(item.folderId(), FolderWork::new).joining.put(id, item);
            }
        }
        for (FolderWork work : folders.values()) {
            // first, as an item moved to another folder joins there with the same id
            ConversationRows.delete(c, work.leaving.keySet());
        }
        for (FolderWork work : folders.values()) {
            work.apply(c);
        }
    }

    /** Same folder, threading fields, date and subject: the item stays where it is threaded. */
    private static boolean sameThreading(ConversationRows.Member member, ConversationRows.Item item) {
        return member.folderId() == item.folderId() && member.headersHash() == item.threading().headersHash()
                && Objects.equals(member.date(), item.date()) && Objects.equals(member.subjectKey(), item.subjectKey());
    }

    /** What one chunk of changes does to one folder's conversations. */
    private static final class FolderWork {
        private final long folderId;
        private final Map<Long, ConversationRows.Member> leaving = new HashMap<>();
        private final Map<Long, ConversationRows.Item> joining = new HashMap<>();
        /** Members whose read state, size or sender changed, as they are now and (by item id) as they were. */
        private final List<ConversationRows.Member> recounted = new ArrayList<>();
        private final Map<Long, ConversationRows.Member> before = new HashMap<>();

        FolderWork(long folderId) {
            this.folderId = folderId;
        }

        void apply(Connection c) throws SQLException {
            Set<String> touched = new HashSet<>();
            ConversationRows.recount(c, recounted);
            if (!leaving.isEmpty() || !joining.isEmpty()) {
                relink(c, touched);
            }
            Map<String, long[]> inPlace = changesInPlace(touched);
            ConversationTable.recount(c, folderId, touched);
            ConversationTable.adjust(c, folderId, inPlace);
        }

        /**
         * What the read-state and size changes of members add to their conversations' counts, for the conversations
         * counted from nothing else: a changed sender, or a conversation counted again anyway, is added to
         * {@code touched} instead.
         */
        private Map<String, long[]> changesInPlace(Set<String> touched) {
            Map<String, long[]> changes = new HashMap<>();
            for (ConversationRows.Member now : recounted) {
                ConversationRows.Member was = before.get(now.itemId());
                if (touched.contains(now.key()) || !Objects.equals(was.senderKey(), now.senderKey())) {
                    touched.add(now.key());
                    continue;
                }
                long[] change = changes.computeIfAbsent(now.key(), k -> new long[2]);
                change[0] += (was.read() ? 0 : -1) + (now.read() ? 0 : 1);
                change[1] += now.size() - was.size();
            }
            changes.keySet().removeAll(touched);
            return changes;
        }

        /**
         * Threads again the clusters the leaving items were in and those that name a Message-ID a joining item
         * names: together with the joining items, they are all the items whose conversation may change.
         */
        private void relink(Connection c, Set<String> touched) throws SQLException {
            Set<Long> clusters = new HashSet<>();
            leaving.values().forEach(m -> clusters.add(m.cluster()));
            Map<Long, List<Long>> refs = new HashMap<>();
            Set<Long> named = new HashSet<>();
            for (ConversationRows.Item item : joining.values()) {
                List<Long> of = ConversationLinks.refs(item.threading());
                refs.put(item.id(), of);
                named.addAll(of);
            }
            clusters.addAll(ConversationRows.clustersNaming(c, folderId, named));
            Map<Long, ConversationRows.Member> staying = ConversationRows.inClusters(c, folderId, clusters);
            staying.keySet().removeAll(leaving.keySet());
            staying.keySet().removeAll(joining.keySet());
            List<ConversationLinks.Member> threading = ConversationRows.threading(c, staying.values());
            joining.values().forEach(item -> threading.add(item.threading()));
            Map<Long, ConversationLinks.Link> links = ConversationLinks.link(threading);

            leaving.values().forEach(m -> touched.add(m.key()));
            List<ConversationRows.Member> joined = new ArrayList<>(joining.size());
            for (ConversationRows.Item item : joining.values()) {
                ConversationRows.Member member = item.member(links.get(item.id()));
                joined.add(member);
                touched.add(member.key());
            }
            ConversationRows.insert(c, joined, refs);
            List<ConversationRows.Member> moved = new ArrayList<>();
            for (ConversationRows.Member m : staying.values()) {
                ConversationLinks.Link link = links.get(m.itemId());
                if (!link.key().equals(m.key()) || link.cluster() != m.cluster()) {
                    moved.add(m.relinked(link));
                    touched.add(m.key());
                    touched.add(link.key());
                }
            }
            ConversationRows.relink(c, moved);
        }
    }
}
