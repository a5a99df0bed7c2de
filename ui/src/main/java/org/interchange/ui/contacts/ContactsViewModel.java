package org.interchange.ui.contacts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemSort;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.FolderDetails;
import org.interchange.ui.internal.RefreshGate;

/**
 * The contacts view's model ([MS-OXOCNTC] 2.2.1): the contacts of the open folder sorted by name, a search
 * that filters them as the user types, the selected card, its photo, and saving and deleting through
 * {@link CacheEdits}. Reads and writes run on the {@link TaskExecutor}.
 */
public final class ContactsViewModel {
    private final Cache cache;
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final RefreshGate gate = new RefreshGate(this::load);
    private final ObjectProperty<CachedFolder> folder = new SimpleObjectProperty<>();
    private final ObservableList<ContactCard> all = FXCollections.observableArrayList();
    private final FilteredList<ContactCard> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ContactCard> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private long selectAfterLoad;
    private final CacheListener listener = new CacheListener() {
        @Override
        public void itemsChanged(long folderId) {
            executor.runOnUiThread(() -> {
                if (folder.get() != null && folder.get().id() == folderId) {
                    gate.request();
                }
            });
        }
    };

    public ContactsViewModel(Cache cache, CacheEdits edits, TaskExecutor executor) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
        query.addListener((o, a, q) -> shown.setPredicate(card -> card.matches(q)));
        folder.addListener((o, a, f) -> {
            all.clear();
            selected.set(null);
            if (f != null) {
                gate.request();
            }
        });
        cache.addListener(listener);
    }

    /** The contacts folder shown; null shows nothing. */
    public ObjectProperty<CachedFolder> folderProperty() {
        return folder;
    }

    /** The contacts matching {@link #queryProperty()}, by name. */
    public ObservableList<ContactCard> contacts() {
        return shown;
    }

    /** Words that each must start a word of the name, e-mail, company or phone. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ContactCard> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the folder again. */
    public void refresh() {
        if (folder.get() != null) {
            gate.request();
        }
    }

    /** The photo of {@code card} (a set one, else its photo attachment) in the background; nothing when it has none. */
    public void photo(ContactCard card, Consumer<byte[]> then) {
        if (card == null || !card.hasPhoto()) {
            then.accept(null);
            return;
        }
        executor.submit(() -> card.photo() != null ? java.util.Base64.getDecoder().decode(card.photo())
                : cache.attachmentContent(card.photoAttachmentId()), then, failure -> then.accept(null));
    }

    /** Saves a new card ({@code itemId} 0) or the changes to one; the saved contact is selected when it is read back. */
    public void save(ContactCard card) {
        CachedFolder target = folder.get();
        if (target == null) {
            return;
        }
        executor.submit(() -> {
            if (card.itemId() == 0) {
                ItemContent content = card.content(Map.of());
                Map<String, String> fields = new java.util.LinkedHashMap<>(content.fields());
                fields.values().removeIf(String::isEmpty);
                return edits.create(target.id(), new ItemContent(content.subject(), content.bodyText(), null, null,
                        null, fields));
            }
            ItemDetail now = cache.item(card.itemId()).orElseThrow(
                    () -> new org.interchange.cache.api.CacheException("the contact is no longer in the cache"));
            edits.update(card.itemId(), card.content(now.fields()));
            return card.itemId();
        }, id -> {
            error.set(null);
            selectAfterLoad = id;
            gate.request();
        }, failure -> error.set("Could not save the contact: " + failure.getMessage()));
    }

    /** Deletes a contact to Deleted Items. */
    public void delete(ContactCard card) {
        executor.submit(() -> edits.delete(card.itemId(), DeleteMode.TO_DELETED_ITEMS), done -> error.set(null),
                failure -> error.set("Could not delete the contact: " + failure.getMessage()));
    }

    public void dispose() {
        cache.removeListener(listener);
    }

    private void load(Runnable done) {
        CachedFolder f = folder.get();
        if (f == null) {
            done.run();
            return;
        }
        executor.submit(() -> {
            List<ContactCard> cards = new java.util.ArrayList<>(
                    FolderDetails.read(cache, f.id(), ItemSort.SUBJECT, ContactCard::of));
            cards.sort(Comparator.comparing(ContactCard::displayName, String.CASE_INSENSITIVE_ORDER));
            return cards;
        }, cards -> {
            if (f.equals(folder.get())) {
                error.set(null);
                long keep = selectAfterLoad != 0 ? selectAfterLoad
                        : selected.get() == null ? 0 : selected.get().itemId();
                selectAfterLoad = 0;
                all.setAll(cards);
                selected.set(cards.stream().filter(c -> c.itemId() == keep).findFirst().orElse(null));
            }
            done.run();
        }, failure -> {
            error.set("Could not read the contacts: " + failure.getMessage());
            done.run();
        });
    }
}
