package org.interchange.cache.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.DraftAttachment;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.h2.FolderTable.FolderRef;
import org.interchange.cache.h2.ItemRows.ItemRow;
import org.interchange.cache.spi.PendingOperation.Kind;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;

/**
 * Messages composed in the cache ([MS-OXOMSG] 2.2.1, 3.2.4.1): drafts in the Drafts folder, and messages
 * queued in the Outbox with a SEND operation. Recipients go to the {@link ItemFields#TO}, {@link ItemFields#CC}
 * and {@link ItemFields#BCC} fields one per line.
 */
final class LocalDrafts {

    static final String MESSAGE_CLASS = "IPM.Note";

    private LocalDrafts() {
    }

    static long saveDraft(Connection c, String accountId, OptionalLong draftItemId, MessageDraft draft,
                          Touched touched) throws SQLException {
        if (draftItemId.isPresent()) {
            ItemRow row = ItemRows.lockVisible(c, draftItemId.getAsLong());
            requireMail(row);
            RemoteItem old = ItemLoader.load(c, row.id());
            RemoteItem item = item(c, old.serverId(), old.revision(), draft);
            LocalItems.replace(c, row, item, touched);
            return row.id();
        }
        FolderRef drafts = FolderTable.withRole(c, accountId, FolderRole.DRAFTS)
                .orElseThrow(() -> LocalItems.noFolder(accountId, "Drafts"));
        long id = LocalItems.insert(c, drafts, item(c, ItemRows.newLocalId(), null, draft), Kind.CREATE);
        touched.folder(accountId, drafts.id());
        return id;
    }

    static long send(Connection c, String accountId, OptionalLong draftItemId, MessageDraft draft, Touched touched)
            throws SQLException {
        if (!draft.hasRecipients()) {
            throw new IllegalArgumentException("A message needs at least one recipient to be sent");
        }
        Optional<FolderRef> outbox = FolderTable.withRole(c, accountId, FolderRole.OUTBOX);
        if (outbox.isEmpty()) {
            outbox = FolderTable.withRole(c, accountId, FolderRole.DRAFTS);
        }
        FolderRef folder = outbox.orElseThrow(() -> LocalItems.noFolder(accountId, "Outbox or Drafts"));
        long id = LocalItems.insert(c, folder, item(c, ItemRows.newLocalId(), null, draft), Kind.SEND);
        touched.folder(accountId, folder.id());
        if (draftItemId.isPresent()) {
            ItemRow old = ItemRows.lockVisible(c, draftItemId.getAsLong());
            requireMail(old);
            FolderRef oldFolder = FolderTable.ref(c, old.folderId());
            LocalMoves.deletePermanently(c, old, oldFolder);
            touched.folder(accountId, oldFolder.id());
        }
        return id;
    }

    private static void requireMail(ItemRow row) {
        if (row.kind() != ItemKind.MAIL) {
            throw new IllegalArgumentException("Item " + row.id() + " is a " + row.kind() + ", not a draft");
        }
    }

    private static RemoteItem item(Connection c, String serverId, String revision, MessageDraft draft)
            throws SQLException {
        List<RemoteAttachment> attachments = attachments(c, draft.attachments());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ItemFields.MESSAGE_CLASS, MESSAGE_CLASS);
        putLines(fields, ItemFields.TO, draft.to());
        putLines(fields, ItemFields.CC, draft.cc());
        putLines(fields, ItemFields.BCC, draft.bcc());
        fields.putAll(draft.threading());
        List<String> shown = new ArrayList<>(draft.to());
        shown.addAll(draft.cc());
        return new RemoteItem(serverId, revision, ItemKind.MAIL, draft.subject(), null,
                shown.isEmpty() ? null : String.join("; ", shown), Instant.now(), null,
                LocalItems.size(draft.bodyText(), draft.bodyHtml(), attachments), true, false, draft.bodyText(),
                draft.bodyHtml(), fields, attachments, null);
    }

    private static void putLines(Map<String, String> fields, String name, List<String> addresses) {
        if (!addresses.isEmpty()) {
            fields.put(name, String.join("\n", addresses));
        }
    }

    private static List<RemoteAttachment> attachments(Connection c, List<DraftAttachment> wanted)
            throws SQLException {
        List<RemoteAttachment> attachments = new ArrayList<>(wanted.size());
        for (DraftAttachment a : wanted) {
            switch (a) {
                case DraftAttachment.FromFile f -> attachments.add(read(f.file()));
                case DraftAttachment.FromCache cached -> attachments.add(ItemLoader.attachment(c, cached.attachmentId())
                        .orElseThrow(() -> new CacheException("No cached attachment has id " + cached.attachmentId())));
            }
        }
        return attachments;
    }

    private static RemoteAttachment read(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            String type = Files.probeContentType(file);
            return new RemoteAttachment(file.getFileName().toString(),
                    type == null ? "application/octet-stream" : type, null, content);
        } catch (IOException e) {
            throw new CacheException("Cannot attach " + file + ": " + e.getMessage(), e);
        }
    }
}
