package org.interchange.ui.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.DraftAttachment;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.RecipientDirectory;
import org.interchange.ui.TaskExecutor;

/**
 * A message being written ([MS-OXOMSG] 2.2.1, 3.2.4.1 submitting): To, Cc and Bcc as typed, subject,
 * a plain or rich body, attachments, and the threading fields of a reply. {@link #saveDraft()} stores it in
 * the account's Drafts folder, {@link #send()} queues it for the sync engine to submit; both run on the
 * {@link TaskExecutor}. Recipient completion offers cached contacts for the entry being typed.
 */
public final class ComposeViewModel {
    /** How many completions are offered at most. */
    public static final int COMPLETIONS = 8;

    /** The three recipient fields. */
    public enum Field { TO, CC, BCC }

    private final String accountId;
    private final String from;
    private final CacheEdits edits;
    private final RecipientDirectory directory;
    private final TaskExecutor executor;
    private final Clock clock;
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty cc = new SimpleStringProperty("");
    private final StringProperty bcc = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty bodyText = new SimpleStringProperty("");
    private final StringProperty bodyHtml = new SimpleStringProperty("");
    private final BooleanProperty rich = new SimpleBooleanProperty(true);
    private final ObservableList<ComposeAttachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<String> completions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sent = new ReadOnlyBooleanWrapper(false);
    private final StringBinding title;
    private Map<String, String> threading = Map.of();
    private OptionalLong draftId = OptionalLong.empty();
    private long completionGeneration;

    /**
     * @param accountId the account the message is sent from
     * @param from      how the sender is shown, e.g. the account's address
     */
    public ComposeViewModel(String accountId, String from, CacheEdits edits, RecipientDirectory directory,
                            TaskExecutor executor, Clock clock) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.from = from == null ? accountId : from;
        this.edits = Objects.requireNonNull(edits, "edits");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        title = Bindings.createStringBinding(() -> subject.get() == null || subject.get().isBlank()
                ? "Write: (no subject)" : "Write: " + subject.get().strip(), subject);
        rich.addListener((obs, was, now) -> {
            if (now) {
                bodyHtml.set(HtmlText.fromText(bodyText.get()));
            } else {
                bodyText.set(HtmlText.toText(bodyHtml.get()));
            }
        });
    }

    /** Fills the message from the start of a reply or forward (or a blank one). */
    public void start(ComposeStart start) {
        to.set(start.to());
        cc.set(start.cc());
        subject.set(start.subject());
        bodyText.set(start.bodyText());
        bodyHtml.set(start.bodyHtml());
        rich.set(start.rich());
        bodyText.set(start.bodyText()); // the rich listener converted it; keep the prepared text
        bodyHtml.set(start.bodyHtml());
        threading = start.threading();
        attachments.clear();
        for (AttachmentInfo a : start.forwarded()) {
            attachments.add(new ComposeAttachment(a.fileName() == null ? "attachment" : a.fileName(), a.size(),
                    DraftAttachment.cached(a.id())));
        }
    }

    public String from() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty ccProperty() {
        return cc;
    }

    public StringProperty bccProperty() {
        return bcc;
    }

    public StringProperty field(Field field) {
        return switch (field) {
            case TO -> to;
            case CC -> cc;
            case BCC -> bcc;
        };
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    /** The plain body, used while {@link #richProperty()} is false. */
    public StringProperty bodyTextProperty() {
        return bodyText;
    }

    /** The HTML body (inner HTML of the body element), used while {@link #richProperty()} is true. */
    public StringProperty bodyHtmlProperty() {
        return bodyHtml;
    }

    /** Rich (HTML) or plain text; switching converts the body. */
    public BooleanProperty richProperty() {
        return rich;
    }

    public ObservableList<ComposeAttachment> attachments() {
        return attachments;
    }

    /** Suggestions for the recipient entry being typed; see {@link #suggest}. */
    public ObservableList<String> completions() {
        return completions;
    }

    /** e.g. "Draft saved at 10:42". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while a save or send runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Becomes true once the message is queued for sending; the window then closes. */
    public ReadOnlyBooleanProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    /** "Write: subject", for the window title. */
    public StringBinding titleBinding() {
        return title;
    }

    /** The id of the draft saved last, if any. */
    public OptionalLong draftId() {
        return draftId;
    }

    /** Looks up completions for the entry being typed at the end of {@code field}'s text, in the background. */
    public void suggest(Field field) {
        String typed = Recipients.lastEntry(field(field).get());
        long mine = ++completionGeneration;
        if (typed.length() < 2) {
            completions.clear();
            return;
        }
        executor.submit(() -> directory.completeRecipients(typed, COMPLETIONS), found -> {
            if (mine == completionGeneration) {
                completions.setAll(found);
            }
        }, failure -> {
            if (mine == completionGeneration) {
                completions.clear();
            }
        });
    }

    /** Puts a chosen completion in place of the entry being typed in {@code field}. */
    public void complete(Field field, String chosen) {
        completionGeneration++;
        field(field).set(Recipients.completeLast(field(field).get(), chosen));
        completions.clear();
    }

    /** Attaches a file; its size is read in the background, its content when the draft is stored. */
    public void attach(Path file) {
        executor.submit(() -> Files.size(file), size -> attachments.add(new ComposeAttachment(
                String.valueOf(file.getFileName()), size, DraftAttachment.file(file))),
                failure -> error.set("Cannot attach " + file + ": " + failure.getMessage()));
    }

    public void remove(ComposeAttachment attachment) {
        attachments.remove(attachment);
    }

    /** The message as it stands, for the cache. */
    public MessageDraft draft() {
        String html = rich.get() ? bodyHtml.get() : null;
        String text = rich.get() ? HtmlText.toText(html) : bodyText.get();
        List<DraftAttachment> sources = new ArrayList<>();
        attachments.forEach(a -> sources.add(a.source()));
        return new MessageDraft(Recipients.split(to.get()), Recipients.split(cc.get()), Recipients.split(bcc.get()),
                subject.get() == null ? "" : subject.get().strip(), text,
                html == null ? null : "<html><body>" + html + "</body></html>", sources, threading);
    }

    /** Stores the message in the Drafts folder (replacing the draft saved before). */
    public void saveDraft() {
        if (busy.get() || sent.get()) {
            return;
        }
        MessageDraft draft = draft();
        OptionalLong replacing = draftId;
        busy.set(true);
        executor.submit(() -> edits.saveDraft(accountId, replacing, draft), id -> {
            busy.set(false);
            draftId = OptionalLong.of(id);
            error.set(null);
            status.set("Draft saved at " + LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm")));
        }, failure -> {
            busy.set(false);
            error.set("The draft was not saved: " + failure.getMessage());
        });
    }

    /**
     * Queues the message for sending when every recipient entry has an address and there is at least one;
     * otherwise says what is wrong and sends nothing.
     */
    public void send() {
        if (busy.get() || sent.get()) {
            return;
        }
        List<String> invalid = new ArrayList<>();
        for (Field f : Field.values()) {
            invalid.addAll(Recipients.invalid(field(f).get()));
        }
        if (!invalid.isEmpty()) {
            error.set("Not an e-mail address: " + String.join(", ", invalid));
            return;
        }
        MessageDraft draft = draft();
        if (!draft.hasRecipients()) {
            error.set("Add at least one recipient");
            return;
        }
        OptionalLong replacing = draftId;
        busy.set(true);
        status.set("Sending\u2026");
        executor.submit(() -> edits.send(accountId, replacing, draft), id -> {
            busy.set(false);
            error.set(null);
            status.set("Queued for sending");
            sent.set(true);
        }, failure -> {
            busy.set(false);
            status.set("");
            error.set("The message was not sent: " + failure.getMessage());
        });
    }
}
