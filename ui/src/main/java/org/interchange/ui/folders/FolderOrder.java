package org.interchange.ui.folders;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;

/**
 * Orders sibling folders as Outlook's folder pane does: the well-known mail folders first (Inbox,
 * Drafts, Sent Items, Deleted Items, Archive, Junk Email, Outbox), then other mail folders by name,
 * then calendars, contacts, tasks and notes, each by name.
 */
public final class FolderOrder implements Comparator<CachedFolder> {
    private static final List<List<String>> WELL_KNOWN = List.of(
            List.of("inbox"),
            List.of("drafts"),
            List.of("sent items", "sent", "sent mail", "sent messages"),
            List.of("deleted items", "trash", "deleted", "deleted messages"),
            List.of("archive", "archives"),
            List.of("junk email", "junk e-mail", "junk", "spam"),
            List.of("outbox"));
    private static final Map<String, Integer> RANK = rankByName();

    private static Map<String, Integer> rankByName() {
        var ranks = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < WELL_KNOWN.size(); i++) {
            for (String name : WELL_KNOWN.get(i)) {
                ranks.put(name, i);
            }
        }
        return Map.copyOf(ranks);
    }

    /** 0..6 for the well-known mail folders, 7 for other mail, then 8.. by kind. */
    static int rank(CachedFolder folder) {
        if (folder.kind() == FolderKind.MAIL) {
            return RANK.getOrDefault(folder.displayName().strip().toLowerCase(Locale.ROOT), WELL_KNOWN.size());
        }
        return WELL_KNOWN.size() + 1 + folder.kind().ordinal();
    }

    @Override
    public int compare(CachedFolder a, CachedFolder b) {
        int byRank = Integer.compare(rank(a), rank(b));
        if (byRank != 0) {
            return byRank;
        }
        int byName = String.CASE_INSENSITIVE_ORDER.compare(a.displayName(), b.displayName());
        return byName != 0 ? byName : Long.compare(a.id(), b.id());
    }
}
