package org.interchange.ui.reading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.RemoteContentAllowList;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.categories.CategoryNames;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.internal.ItemText;
import org.interchange.ui.internal.RefreshGate;

/**
 * The reading pane of the selected item: subject, header fields, attachments and the page to show
 * (sanitized HTML, or escaped text). The detail is read in the background and re-read when the
 * cache reports a change in the item's folder. Remote images stay blocked until the user allows them
 * for the message or its sender ({@link RemoteContentAllowList}, kept in the cache); attachments are
 * saved, or opened from a file only the user can read.
 */
public final class ReadingPaneViewModel {
    /** Inline images larger than this are not embedded. */
    static final long MAX_INLINE_IMAGE = 4L << 20;

    /** What the pane is showing. */
    public enum State { EMPTY, LOADING, SHOWN, MISSING }

    private final Cache cache;
    private final RemoteContentAllowList allowList;
    private final TaskExecutor executor;
    private final DetailFieldsFormatter formatter;
    private final RefreshGate gate = new RefreshGate(this::reload);
    private final ReadOnlyObjectWrapper<ItemSummary> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper document = new ReadOnlyStringWrapper(MessageDocument.empty());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper blockedImages = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper senderAddress = new ReadOnlyStringWrapper("");
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();
    private final ObservableList<AttachmentInfo> attachments = FXCollections.observableArrayList();
    private final ObservableList<DetailField> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<AttachmentInfo> attachmentsView = FXCollections.unmodifiableObservableList(attachments);
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final CacheListener listener = new CacheListener() {
        @Override
        public void itemsChanged(long folderId) {
            executor.runOnUiThread(() -> {
                ItemSummary shown = item.get();
                if (shown != null && shown.folderId() == folderId) {
                    gate.request();
                }
            });
        }
    };
    private long token;

    public ReadingPaneViewModel(Cache cache, RemoteContentAllowList allowList, TaskExecutor executor,
                                Formats formats) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.allowList = Objects.requireNonNull(allowList, "allowList");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.formatter = new DetailFieldsFormatter(formats);
        cache.addListener(listener);
    }

    /** Shows this item (null: nothing); the same item again only updates nothing. */
    public void show(ItemSummary summary) {
        ItemSummary shown = item.get();
        if (summary != null && shown != null && summary.id() == shown.id()) {
            return;
        }
        item.set(summary);
        token++;
        if (summary == null) {
            state.set(State.EMPTY);
            subject.set("");
            fields.clear();
            attachments.clear();
            categories.clear();
            blockedImages.set(0);
            senderAddress.set("");
            document.set(MessageDocument.empty());
            return;
        }
        state.set(State.LOADING);
        subject.set(summary.subject() == null ? "" : summary.subject());
        load(() -> { });
    }

    public ReadOnlyObjectProperty<ItemSummary> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** The header block: From/To/Date for mail, When/Where for appointments, and so on. */
    public ObservableList<DetailField> fields() {
        return fieldsView;
    }

    public ObservableList<AttachmentInfo> attachments() {
        return attachmentsView;
    }

    /** The shown item's categories ([MS-OXCMSG] 2.2.1.17), in their stored order. */
    public ObservableList<String> categories() {
        return categoriesView;
    }

    /** The complete, safe HTML page for the body view. */
    public ReadOnlyStringProperty documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** How many remote images the shown body asked for and did not get (they are never loaded). */
    public ReadOnlyIntegerProperty blockedImagesProperty() {
        return blockedImages.getReadOnlyProperty();
    }

    /** The shown message's sender address (lower case), for "always allow from", or empty. */
    public ReadOnlyStringProperty senderAddressProperty() {
        return senderAddress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Loads the remote images of the shown message, now and whenever it is shown again. */
    public void allowRemoteContent() {
        ItemSummary shown = item.get();
        if (shown != null) {
            allowThenReload(() -> allowList.allowRemoteContent(shown.id()));
        }
    }

    /** Loads remote images in every message from the shown message's sender. */
    public void allowRemoteContentFromSender() {
        ItemSummary shown = item.get();
        if (shown != null && !senderAddress.get().isEmpty()) {
            String sender = shown.sender();
            allowThenReload(() -> allowList.allowRemoteContentFrom(sender));
        }
    }

    private void allowThenReload(Runnable allow) {
        long requested = token;
        executor.submit(() -> {
            allow.run();
            return null;
        }, done -> {
            if (requested == token) {
                gate.request();
            }
        }, failure -> error.set("Could not allow remote content: " + failure.getMessage()));
    }

    /**
     * Writes an attachment to a new file readable by the user alone (in a directory only the user can
     * enter) in the background, then hands the file to {@code open} on the UI thread; {@code onProblem}
     * gets what went wrong.
     */
    public void openAttachment(AttachmentInfo attachment, Consumer<Path> open, Consumer<String> onProblem) {
        executor.submit(() -> PrivateFiles.write(suggestedFileName(attachment),
                        cache.attachmentContent(attachment.id())), open,
                failure -> onProblem.accept("Could not open " + attachment.fileName() + ": " + failure.getMessage()));
    }

    /**
     * Writes an attachment's content to {@code target} in the background; {@code onDone} gets the
     * outcome on the UI thread (null when it worked, else what went wrong).
     */
    public void saveAttachment(AttachmentInfo attachment, Path target, Consumer<String> onDone) {
        executor.submit(() -> {
            Files.write(target, cache.attachmentContent(attachment.id()));
            return target;
        }, saved -> onDone.accept(null),
                failure -> onDone.accept("Could not save " + attachment.fileName() + ": " + failure.getMessage()));
    }

    /** A file name for saving an attachment: the last path segment of its name, without control characters. */
    public static String suggestedFileName(AttachmentInfo attachment) {
        String name = attachment.fileName() == null ? "" : attachment.fileName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "attachment" : name;
    }

    public void dispose() {
        cache.removeListener(listener);
    }

    private void reload(Runnable done) {
        if (item.get() == null) {
            done.run();
            return;
        }
        load(done);
    }

    private void load(Runnable done) {
        long requested = token;
        long itemId = item.get().id();
        executor.submit(() -> cache.item(itemId).map(this::prepare), prepared -> {
            if (requested == token) {
                apply(prepared);
            }
            done.run();
        }, failure -> {
            if (requested == token) {
                error.set("Could not read the item: " + failure.getMessage());
                state.set(State.MISSING);
            }
            done.run();
        });
    }

    private void apply(Optional<Prepared> prepared) {
        error.set(null);
        if (prepared.isEmpty()) {
            state.set(State.MISSING);
            fields.clear();
            attachments.clear();
            categories.clear();
            blockedImages.set(0);
            senderAddress.set("");
            document.set(MessageDocument.empty());
            return;
        }
        Prepared p = prepared.get();
        subject.set(p.subject());
        if (!fields.equals(p.fields())) {
            fields.setAll(p.fields());
        }
        if (!attachments.equals(p.attachments())) {
            attachments.setAll(p.attachments());
        }
        if (!categories.equals(p.categories())) {
            categories.setAll(p.categories());
        }
        blockedImages.set(p.blockedImages());
        senderAddress.set(p.senderAddress());
        document.set(p.document());
        state.set(State.SHOWN);
    }

    /** Runs in the background: formats the fields, sanitizes the body and embeds inline images. */
    private Prepared prepare(ItemDetail detail) {
        String page;
        int blocked = 0;
        List<AttachmentInfo> listed = new ArrayList<>(detail.attachments());
        if (detail.bodyHtml() != null && !detail.bodyHtml().isBlank()) {
            blocked = HtmlSanitizer.remoteImageCount(detail.bodyHtml());
            boolean allowed = blocked > 0 && allowList.remoteContentAllowed(detail.summary().id());
            if (allowed) {
                blocked = 0;
            }
            Map<String, String> inline = inlineImages(detail);
            page = MessageDocument.ofSanitizedHtml(HtmlSanitizer.sanitize(detail.bodyHtml(),
                    cid -> Optional.ofNullable(inline.get(cid)), allowed), allowed);
            listed.removeIf(a -> a.contentId() != null && inline.containsKey(HtmlSanitizer.contentId(a.contentId())));
        } else if (detail.bodyText() != null && !detail.bodyText().isEmpty()) {
            page = MessageDocument.ofText(detail.bodyText());
        } else if ("true".equals(detail.field(ItemFields.BODY_NOT_DOWNLOADED))) {
            page = MessageDocument.ofText("Not downloaded: this message was synchronized without its text and "
                    + "attachments, which are fetched when it is opened while the server can be reached.");
        } else {
            page = MessageDocument.empty();
        }
        String title = detail.summary().subject() == null ? "" : detail.summary().subject();
        if (title.isBlank()) {
            title = ItemText.firstLine(detail.bodyText()); // notes are titled by their first line
        }
        String address = org.interchange.ui.compose.Recipients.address(detail.summary().sender()).orElse("");
        return new Prepared(title, formatter.fields(detail), List.copyOf(listed), page, blocked, address,
                CategoryNames.parse(detail.field(ItemFields.CATEGORIES)));
    }

    private Map<String, String> inlineImages(ItemDetail detail) {
        Set<String> wanted = HtmlSanitizer.referencedContentIds(detail.bodyHtml());
        Map<String, String> images = new HashMap<>();
        for (AttachmentInfo attachment : detail.attachments()) {
            if (attachment.contentId() == null || attachment.mimeType() == null) {
                continue;
            }
            String cid = HtmlSanitizer.contentId(attachment.contentId());
            String mime = attachment.mimeType().toLowerCase(Locale.ROOT);
            if (wanted.contains(cid) && mime.startsWith("image/") && !mime.contains("svg")
                    && attachment.size() <= MAX_INLINE_IMAGE) {
                byte[] content;
                try {
                    content = cache.attachmentContent(attachment.id());
                } catch (CacheException gone) {
                    continue; // removed since the detail was read: shown without the image
                }
                if (content.length > 0 && content.length <= MAX_INLINE_IMAGE) {
                    images.put(cid, "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(content));
                }
            }
        }
        return images;
    }

    private record Prepared(String subject, List<DetailField> fields, List<AttachmentInfo> attachments,
                            String document, int blockedImages, String senderAddress, List<String> categories) {
    }
}
