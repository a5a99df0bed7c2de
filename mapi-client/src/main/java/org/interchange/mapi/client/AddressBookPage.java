package org.interchange.mapi.client;

import java.util.List;

/**
 * One page of the Global Address List as {@link AddressBook#browse} reads it with NspiQueryRows,
 * [MS-OXNSPI] 3.1.4.1.8: the entries from {@code offset} on and the table's total row count
 * (STAT TotalRecs, [MS-OXNSPI] 2.2.8).
 */
public record AddressBookPage(int offset, List<AddressBookEntry> entries, int totalCount) {

    public AddressBookPage {
        entries = List.copyOf(entries);
    }

    /** Whether rows follow this page. */
    public boolean hasMore() {
        return offset + entries.size() < totalCount;
    }
}
