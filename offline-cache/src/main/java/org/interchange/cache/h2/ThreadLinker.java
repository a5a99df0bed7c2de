package org.interchange.cache.h2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Threads messages by their Message-ID, In-Reply-To and References (RFC 5322 3.6.4, [MS-OXOMSG] 2.2.1.12
 * and 2.2.1.13; the parent linking of Jamie Zawinski's threading algorithm): every reference names the one
 * before it as its parent, a message's parent is its In-Reply-To or last reference, and a thread is all
 * messages below one root, which may be a message the folder does not hold. A message that neither
 * replies (no In-Reply-To, no References) nor is replied to falls back to its normalized subject.
 */
final class ThreadLinker {
    private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");

    /** One message's threading headers, as cached ({@code subjectKey} as {@link ItemText#subjectKey}). */
    record Message(String messageId, String inReplyTo, String references, String subjectKey) {
    }

    private final Map<String, String> parents = new HashMap<>();

    private ThreadLinker() {
    }

    /** The thread key of each message, in the order given: "m:" and the root's Message-ID, or "s:" and the subject. */
    static List<String> keys(List<Message> messages) {
        ThreadLinker linker = new ThreadLinker();
        List<List<String>> chains = new ArrayList<>(messages.size());
        Set<String> referenced = new HashSet<>();
        for (Message m : messages) {
            List<String> chain = ids(m.references());
            for (String replyTo : ids(m.inReplyTo())) {
                if (!chain.contains(replyTo)) {
                    chain.add(replyTo);
                }
            }
            chains.add(chain);
            referenced.addAll(chain);
            for (int i = 1; i < chain.size(); i++) {
                linker.link(chain.get(i), chain.get(i - 1));
            }
        }
        for (int i = 0; i < messages.size(); i++) {
            String own = id(messages.get(i).messageId());
            List<String> chain = chains.get(i);
            if (own != null && !chain.isEmpty()) {
                // the message's own headers say who its parent is, over what other messages' references guessed
                linker.parents.remove(own);
                linker.link(own, chain.getLast());
            }
        }
        List<String> keys = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            String own = id(m.messageId());
            List<String> chain = chains.get(i);
            if (chain.isEmpty() && (own == null || !referenced.contains(own))) {
                keys.add("s:" + (m.subjectKey() == null ? "" : m.subjectKey()));
            } else {
                keys.add("m:" + linker.root(own != null ? own : chain.getLast()));
            }
        }
        return keys;
    }

    /** Makes {@code parent} the parent of {@code child}, unless it has one or that would close a loop. */
    private void link(String child, String parent) {
        if (child.equals(parent) || parents.containsKey(child) || root(parent).equals(child)) {
            return;
        }
        parents.put(child, parent);
    }

    private String root(String id) {
        String at = id;
        for (String up = parents.get(at); up != null; up = parents.get(at)) {
            at = up;
        }
        return at;
    }

    /** The Message-IDs in a header, angle brackets included; none for null. */
    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = ID.matcher(header);
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    /** The first Message-ID in a header; null when it has none. */
    static String id(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
