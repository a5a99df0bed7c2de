package org.interchange.cache.api;

import java.util.List;

/**
 * Addresses a composer can complete ([MS-OXOCNTC] 2.2.1.2 e-mail of cached contacts, then [MS-OXOABK] 2.2.3
 * users of the global address lists the backends cached), offline.
 */
public interface RecipientDirectory {

    /**
     * Cached contacts with an e-mail address whose name, one of its words, or the address starts with
     * {@code prefix} (case ignored), as "Name &lt;address&gt;", by name; then global address list entries that
     * match the same way, by name, leaving out addresses already offered; at most {@code limit}; none for a
     * blank prefix.
     */
    List<String> completeRecipients(String prefix, int limit);
}
