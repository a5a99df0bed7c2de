package org.interchange.cache.h2;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.FolderTable.FolderRef;
import org.interchange.cache.h2.ItemRows.ItemRow;
import org.interchange.cache.spi.PendingOperation.Kind;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;

/**
 * Appointments, contacts, tasks and notes made or edited in the cache ([MS-OXCFXICS] 2.2.3.2.4.2 message
 * change): a new item gets a temporary server id and a CREATE operation, an edit of a server item an UPDATE.
 */
final class LocalItems {

    /** The fields {@link ItemContent} sets; an edit replaces these and keeps the others (e.g. the message class). */
    static final Set<String> EDITABLE = Set.of(ItemFields.LOCATION, ItemFields.ALL_DAY, ItemFields.EMAIL,
            ItemFields.COMPANY, ItemFields.JOB_TITLE, ItemFields.BUSINESS_PHONE, ItemFields.MOBILE_PHONE,
            ItemFields.TASK_STATUS, ItemFields.PERCENT_COMPLETE, ItemFields.START_DATE, ItemFields.NOTE_COLOR,
            ItemFields.TO, ItemFields.CC, ItemFields.BCC);

    private LocalItems() {
    }

    static long create(Connection c, long folderId, ItemContent content, Touched touched) throws SQLException {
        FolderRef folder = FolderTable.ref(c, folderId);
        if (folder.kind() == FolderKind.MAIL) {
            throw new IllegalArgumentException("Mail is composed with saveDraft or send, not created in folder "
                    + folderId);
        }
        RemoteItem item = new RemoteItem(ItemRows.newLocalId(), null, folder.kind().itemKind(), content.subject(),
                null, null, content.date(), content.endDate(), size(content.bodyText(), content.bodyHtml(), List.of()),
                true, false, content.bodyText(), content.bodyHtml(), content.fields(), List.of(), null);
        long id = insert(c, folder, item, Kind.CREATE);
        touched.folder(folder.accountId(), folderId);
        return id;
    }

    static void update(Connection c, long itemId, ItemContent content, Touched touched) throws SQLException {
        ItemRow row = ItemRows.lockVisible(c, itemId);
        if (row.kind() == ItemKind.MAIL) {
            throw new IllegalArgumentException("Item " + itemId + " is mail; drafts are changed with saveDraft");
        }
        RemoteItem old = ItemLoader.load(c, itemId);
        Map<String, String> fields = new LinkedHashMap<>(old.fields());
        fields.keySet().removeAll(EDITABLE);
        fields.putAll(content.fields());
        RemoteItem item = new RemoteItem(old.serverId(), old.revision(), old.kind(), content.subject(), old.sender(),
                old.recipients(), content.date(), content.endDate(),
                size(content.bodyText(), content.bodyHtml(), old.attachments()), old.read(), old.flagged(),
                content.bodyText(), content.bodyHtml(), fields, old.attachments(), old.payload());
        replace(c, row, item, touched);
    }

    /** Inserts a local item in {@code folder} with the operation that uploads it; returns its id. */
    static long insert(Connection c, FolderRef folder, RemoteItem item, Kind kind) throws SQLException {
        long id;
        try (ItemWriter writer = new ItemWriter(c, folder.accountId(), folder.id(), folder.serverId())) {
            id = writer.insertLocal(item, OfflineState.LOCALLY_CREATED);
            writer.applyCounts();
        }
        PendingOperationTable.insert(c, folder.accountId(), folder.serverId(), item.serverId(), kind, null);
        return id;
    }

    /** Replaces an item's content with a local version: a server item becomes locally modified with an UPDATE. */
    static void replace(Connection c, ItemRow row, RemoteItem item, Touched touched) throws SQLException {
        FolderRef folder = FolderTable.ref(c, row.folderId());
        OfflineState state = row.state() == OfflineState.LOCALLY_CREATED ? row.state() : OfflineState.LOCALLY_MODIFIED;
        try (ItemWriter writer = new ItemWriter(c, folder.accountId(), folder.id(), folder.serverId())) {
            writer.replaceLocal(row.id(), item, state);
        }
        if (state != OfflineState.LOCALLY_CREATED) {
            PendingOperationTable.replace(c, folder.accountId(), folder.serverId(), row.serverId(), Kind.UPDATE, null);
        }
        touched.folder(folder.accountId(), folder.id());
    }

    static long size(String bodyText, String bodyHtml, List<RemoteAttachment> attachments) {
        long size = bodyText == null ? 0 : bodyText.getBytes(StandardCharsets.UTF_8).length;
        size += bodyHtml == null ? 0 : bodyHtml.getBytes(StandardCharsets.UTF_8).length;
        for (RemoteAttachment a : attachments) {
            size += a.content().length;
        }
        return size;
    }

    static CacheException noFolder(String accountId, String what) {
        return new CacheException("Account " + accountId + " has no " + what + " folder in the cache");
    }
}
