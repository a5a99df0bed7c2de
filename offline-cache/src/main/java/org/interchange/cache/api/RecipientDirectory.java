package org.interchange.cache.api;

import java.util.List;

/**
 * Addresses a composer can complete ([MS-OXOCNTC] 2.2.1.2 e-mail of cached contacts). The cache holds
 * no copy of the server's global address list, so only cached contacts are offered.
 */
public interface RecipientDirectory {

    /**
     * Cached contacts with an e-mail address whose name, one of its words, or the address starts with
     * {@code prefix} (case ignored), as "Name &lt;address&gt;", by name, at most {@code limit}; none for a
     * blank prefix.
     */
    List<String> completeRecipients(String prefix, int limit);
}
