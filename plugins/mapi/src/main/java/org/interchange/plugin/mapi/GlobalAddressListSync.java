package org.interchange.plugin.mapi;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.RemoteAddress;
import org.interchange.mapi.client.AddressBook;
import org.interchange.mapi.client.AddressBookEntry;
import org.interchange.mapi.client.AddressBookPage;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiSessionOptions;

/**
 * Copies the users of the server's Global Address List with an SMTP address into the cache for recipient
 * completion: NspiQueryRows page by page ([MS-OXNSPI] 3.1.4.1.8) over the account's NSPI endpoint, which
 * MAPI/HTTP serves beside the mailbox one ([MS-OXCMAPIHTTP] 2.1: {@code /mapi/nspi/} for {@code /mapi/emsmdb/}).
 * The list changes rarely, so it is read on the first refresh and then at most every {@link #EVERY}, not on every
 * refresh. A list the server cannot give leaves the cached one as it was: completion is a convenience, not a
 * reason to fail the refresh.
 */
final class GlobalAddressListSync {
    static final int PAGE_SIZE = 500;
    /** More than any organisation this client serves; a bound on what one refresh reads. */
    static final int MAX_ENTRIES = 200_000;
    /** How long a read list is kept before a refresh reads it again. */
    static final Duration EVERY = Duration.ofHours(12);
    private static final System.Logger LOG = System.getLogger(GlobalAddressListSync.class.getName());

    private final AccountSettings settings;
    /** System.nanoTime() of the last attempt to read the list, or null before the first. */
    private Long lastAttempt;

    GlobalAddressListSync(AccountSettings settings) {
        this.settings = settings;
    }

    /** Reads the list and replaces the account's cached one with it, unless it was read less than {@link #EVERY} ago. */
    synchronized void refreshIfDue(BackendStorage storage, CancellationToken cancel) {
        long now = System.nanoTime();
        if (lastAttempt != null && now - lastAttempt < EVERY.toNanos()) {
            return;
        }
        lastAttempt = now;
        refresh(storage, cancel);
    }

    /** Reads the list and replaces the account's cached one with it. */
    void refresh(BackendStorage storage, CancellationToken cancel) {
        List<RemoteAddress> entries;
        try {
            entries = read(cancel);
        } catch (MapiException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "The global address list of " + settings.userName()
                    + " was not read: " + e.getMessage());
            return;
        }
        if (entries != null) {
            storage.replaceAddressList(entries);
        }
    }

    /** The entries, or null when the refresh was cancelled part-way. */
    private List<RemoteAddress> read(CancellationToken cancel) {
        URI mailbox = URI.create(settings.serverUrl());
        MapiSessionOptions options = MapiSessionOptions.builder()
                .allowCompression(!MapiSessionSource.isLoopback(mailbox)).build();
        List<RemoteAddress> entries = new ArrayList<>();
        try (AddressBook book = AddressBook.connect(nspiUrl(mailbox), settings.userName(), settings.password(),
                options)) {
            int offset = 0;
            AddressBookPage page;
            do {
                if (cancel.isCancelled()) {
                    return null;
                }
                page = book.browse(offset, PAGE_SIZE);
                for (AddressBookEntry entry : page.entries()) {
                    entry.smtpAddress().filter(a -> !a.isBlank())
                            .ifPresent(address -> entries.add(new RemoteAddress(entry.displayName(), address)));
                }
                offset += page.entries().size();
            } while (page.hasMore() && !page.entries().isEmpty() && offset < MAX_ENTRIES);
        }
        return entries;
    }

    /** The NSPI endpoint beside an EMSMDB one: its last path segment "emsmdb" becomes "nspi", the query is kept. */
    static URI nspiUrl(URI mailbox) {
        String path = mailbox.getRawPath() == null ? "" : mailbox.getRawPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (mailbox.getRawAuthority() == null || !trimmed.toLowerCase(Locale.ROOT).endsWith("/emsmdb")) {
            throw new IllegalArgumentException("not a MAPI/HTTP mailbox address: " + mailbox);
        }
        String nspi = trimmed.substring(0, trimmed.length() - "emsmdb".length()) + "nspi" + (path.endsWith("/") ? "/" : "");
        return URI.create(mailbox.getScheme() + "://" + mailbox.getRawAuthority() + nspi
                + (mailbox.getRawQuery() == null ? "" : "?" + mailbox.getRawQuery()));
    }
}
