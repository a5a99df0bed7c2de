package org.interchange.mapi.client;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of resolving one name with NspiResolveNames, [MS-OXNSPI] 3.1.4.1.17: resolved to
 * exactly one entry, ambiguous (MID_AMBIGUOUS; {@code candidates} then holds the entries whose
 * display name, account or SMTP address starts with the name, as far as the server finds them), or
 * unresolved (MID_UNRESOLVED).
 */
public record NameResolution(String name, Status status, List<AddressBookEntry> candidates) {

    /** The three answers of [MS-OXNSPI] 2.2.1.8 for a name. */
    public enum Status { RESOLVED, AMBIGUOUS, UNRESOLVED }

    public NameResolution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        candidates = List.copyOf(candidates);
    }

    /** The single match of a resolved name. */
    public AddressBookEntry entry() {
        if (status != Status.RESOLVED) {
            throw new IllegalStateException(name + " is " + status);
        }
        return candidates.getFirst();
    }
}
