package org.interchange.ui.compose;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.RecipientDirectory;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.Formats;

/**
 * Opens compose windows for a new message, a reply, a reply to all or a forward ([MS-OXOMSG] 3.2.4.1):
 * the original and the account to send from are read on the {@link TaskExecutor}, then the window opens.
 */
public final class ComposeLauncher {
    private final Cache cache;
    private final CacheEdits edits;
    private final RecipientDirectory directory;
    private final TaskExecutor executor;
    private final Formats formats;
    private final ComposeStarts starts;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private Consumer<ComposeWindow> onOpened = window -> { };

    public ComposeLauncher(Cache cache, CacheEdits edits, RecipientDirectory directory, TaskExecutor executor,
                           Formats formats) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.starts = new ComposeStarts(formats);
    }

    /** Why the last window could not be opened, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Called with every window opened, after it shows (e.g. by tests). */
    public void setOnOpened(Consumer<ComposeWindow> action) {
        onOpened = action == null ? window -> { } : action;
    }

    /** A new message from the account of {@code folder} (null: the first account). */
    public void newMessage(CachedFolder folder) {
        open(() -> new Opened(folder == null ? firstAccount() : account(folder.accountId()), ComposeStart.blank()));
    }

    /** A reply to the sender of {@code item}, or with {@code all} to everyone on it. */
    public void reply(ItemSummary item, boolean all) {
        if (isMail(item)) {
            open(() -> {
                AccountInfo account = accountOfFolder(item.folderId());
                return new Opened(account, starts.reply(original(item),
                        all, ComposeStarts.addresses(account.displayName(), account.userName())));
            });
        }
    }

    /** A forward of {@code item} with its attachments. */
    public void forward(ItemSummary item) {
        if (isMail(item)) {
            open(() -> new Opened(accountOfFolder(item.folderId()), starts.forward(original(item))));
        }
    }

    private static boolean isMail(ItemSummary item) {
        return item != null && item.kind() == ItemKind.MAIL;
    }

    private void open(java.util.concurrent.Callable<Opened> prepare) {
        executor.submit(prepare, opened -> {
            error.set(null);
            ComposeViewModel vm = new ComposeViewModel(opened.account().id(), opened.account().displayName(), edits,
                    directory, executor, Clock.systemDefaultZone());
            vm.start(opened.start());
            ComposeWindow window = new ComposeWindow(vm, formats);
            window.show();
            onOpened.accept(window);
        }, failure -> error.set("Cannot open the compose window: " + failure.getMessage()));
    }

    private ItemDetail original(ItemSummary item) {
        return cache.item(item.id()).orElseThrow(() -> new IllegalStateException("the message is no longer cached"));
    }

    private AccountInfo firstAccount() {
        return cache.accounts().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("there is no account to send from"));
    }

    private AccountInfo account(String accountId) {
        return cache.accounts().stream().filter(a -> a.id().equals(accountId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("there is no account " + accountId));
    }

    private AccountInfo accountOfFolder(long folderId) {
        for (AccountInfo account : cache.accounts()) {
            Optional<CachedFolder> folder = cache.folders(account.id()).stream().filter(f -> f.id() == folderId)
                    .findFirst();
            if (folder.isPresent()) {
                return account;
            }
        }
        throw new IllegalStateException("the message's folder is no longer cached");
    }

    /** The account to send from and how the window starts. */
    private record Opened(AccountInfo account, ComposeStart start) {
    }
}
