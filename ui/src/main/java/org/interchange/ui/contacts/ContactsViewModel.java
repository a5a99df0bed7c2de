package org.interchange.ui.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemSort;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.FolderDetails;
import org.interchange.ui.internal.FolderItemList;
import org.interchange.ui.internal.NewItems;

/**
 * The contacts view's model ([MS-OXOCNTC] 2.2.1): the contacts of the open folder sorted by name, a search
 * that filters them as the user types, the selected card, its photo, and saving and deleting through
 * {@link CacheEdits}. Reads and writes run on the {@link TaskExecutor}.
 */
public final class ContactsViewModel {
    private final Cache cache;
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final FolderItemList<ContactCard> list;
    private final FilteredList<ContactCard> shown;
    private final StringProperty query = new SimpleStringProperty("");

    public ContactsViewModel(Cache cache, CacheEdits edits, TaskExecutor executor) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
        list = new FolderItemList<>(cache, executor, this::byName, ContactCard::itemId, "contacts");
        shown = new FilteredList<>(list.rows());
        query.addListener((o, a, q) -> shown.setPredicate(card -> card.matches(q)));
    }

    /** The contacts folder shown; null shows nothing. */
    public ObjectProperty<CachedFolder> folderProperty() {
        return list.folderProperty();
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
        return list.selectedProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return list.errorProperty();
    }

    /** Reads the folder again. */
    public void refresh() {
        list.refresh();
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
        CachedFolder target = list.folderProperty().get();
        if (target == null) {
            return;
        }
        list.save(() -> {
            if (card.itemId() == 0) {
                return edits.create(target.id(), NewItems.withoutEmptyFields(card.content(Map.of())));
            }
            ItemDetail now = cache.item(card.itemId())
                    .orElseThrow(() -> new CacheException("the contact is no longer in the cache"));
            edits.update(card.itemId(), card.content(now.fields()));
            return card.itemId();
        }, "Could not save the contact");
    }

    /** Deletes a contact to Deleted Items. */
    public void delete(ContactCard card) {
        list.write(() -> edits.delete(card.itemId(), DeleteMode.TO_DELETED_ITEMS), "Could not delete the contact");
    }

    public void dispose() {
        list.dispose();
    }

    private List<ContactCard> byName(CachedFolder folder) {
        List<ContactCard> cards = new ArrayList<>(FolderDetails.read(cache, folder.id(), ItemSort.SUBJECT, ContactCard::of));
        cards.sort(Comparator.comparing(ContactCard::displayName, String.CASE_INSENSITIVE_ORDER));
        return cards;
    }
}
