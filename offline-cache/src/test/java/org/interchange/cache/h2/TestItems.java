package org.interchange.cache.h2;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CommitGroup;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;

/** Builders of accounts, folders and items for the cache tests. */
final class TestItems {

    static final String ACCOUNT = "acc-1";
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private TestItems() {
    }

    static BackendStorage account(H2CacheStore store, RemoteFolder... folders) {
        store.saveAccount(new AccountInfo(ACCOUNT, "Work", "mapi", "https://mail.example.org", "alice"));
        BackendStorage storage = store.storage(ACCOUNT);
        storage.replaceFolders(List.of(folders));
        return storage;
    }

    /** A commit group whose batches have always waited long enough for {@code commitWaiting()} to commit them. */
    static CommitGroup groupCommittingAtEveryWait(BackendStorage storage) {
        AtomicLong clock = new AtomicLong();
        return ((H2BackendStorage) storage).groupCommits(() -> clock.addAndGet(H2CommitGroup.MAX_WAIT_NANOS));
    }

    static RemoteFolder mailFolder(String serverId, String name) {
        return new RemoteFolder(serverId, null, name, FolderKind.MAIL);
    }

    static RemoteItem mail(String serverId, String subject, String sender, Instant date, long size, boolean read) {
        return new RemoteItem(serverId, "rev-1", ItemKind.MAIL, subject, sender, "bob@example.org", date, null, size,
                read, false, "Body of " + subject, null, Map.of(), List.of(), null);
    }

    static RemoteItem mail(String serverId, boolean read) {
        return mail(serverId, "Subject " + serverId, "sender@example.org", T0, 100, read);
    }
}
