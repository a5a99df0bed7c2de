package org.interchange.cache.h2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Threads a set of messages of one folder ([MS-OXOMSG] 2.2.1.5, RFC 5322 3.6.4) as {@link ThreadLinker} threads
 * them, cluster by cluster: a cluster is the messages that name a common Message-ID (their own or one they reply
 * to), directly or through others. {@link ThreadLinker} links only Message-IDs that one message names together, so a
 * message's conversation depends only on its cluster, and threading the clusters of the messages that changed gives
 * the conversations that threading the whole folder would. Message-IDs are compared by a 64-bit hash here
 * ({@link #refs}); two that collide only make a cluster larger, never a conversation wrong.
 */
final class ConversationLinks {
    /** The order {@link ThreadLinker} is given messages in: oldest first, then by item id. */
    static final Comparator<Member> OLDEST_FIRST = Comparator.comparing(Member::date,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparingLong(Member::id);

    /** One message's threading input: its item id, date, threading fields and subject key. */
    record Member(long id, Instant date, String messageId, String inReplyTo, String references, String subjectKey) {
        ThreadLinker.Message message() {
            return new ThreadLinker.Message(messageId, inReplyTo, references, subjectKey);
        }

        /** A hash of the threading fields, to notice when they change. */
        long headersHash() {
            return hash(messageId + "\u0000" + inReplyTo + "\u0000" + references);
        }
    }

    /** Where a message belongs: its conversation's key and its cluster (the lowest item id in it). */
    record Link(String key, long cluster) {
    }

    private ConversationLinks() {
    }

    /** The conversation and cluster of each of {@code members}, by item id. */
    static Map<Long, Link> link(List<Member> members) {
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(OLDEST_FIRST);
        int[] parent = new int[ordered.size()];
        Map<Long, Integer> firstNaming = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            parent[i] = i;
            for (long ref : refs(ordered.get(i))) {
                Integer other = firstNaming.putIfAbsent(ref, i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
        Map<Integer, List<Member>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(ordered.get(i));
        }
        Map<Long, Link> links = new HashMap<>();
        for (List<Member> cluster : clusters.values()) {
            long lowest = cluster.stream().mapToLong(Member::id).min().orElseThrow();
            List<String> keys = ThreadLinker.keys(cluster.stream().map(Member::message).toList());
            for (int i = 0; i < cluster.size(); i++) {
                links.put(cluster.get(i).id(), new Link(keys.get(i), lowest));
            }
        }
        return links;
    }

    /** The hashes of the Message-IDs a message names: its own and those of its References and In-Reply-To. */
    static List<Long> refs(Member m) {
        List<Long> refs = new ArrayList<>();
        String own = ThreadLinker.id(m.messageId());
        if (own != null) {
            refs.add(hash(own));
        }
        for (String header : new String[] {m.references(), m.inReplyTo()}) {
            for (String id : ThreadLinker.ids(header)) {
                long h = hash(id);
                if (!refs.contains(h)) {
                    refs.add(h);
                }
            }
        }
        return refs;
    }

    /** 64-bit FNV-1a over the UTF-16 code units. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            h = (h ^ (ch & 0xff)) * 0x100000001b3L;
            h = (h ^ (ch >>> 8)) * 0x100000001b3L;
        }
        return h;
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
