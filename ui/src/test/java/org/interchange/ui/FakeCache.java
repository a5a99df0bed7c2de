package org.interchange.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;

/** An in-memory {@link Cache} for view-model and view tests; records the pages read and read-state changes. */
public final class FakeCache implements Cache, org.interchange.cache.api.CacheEdits,
        org.interchange.cache.api.MailCache {
    private final Map<String, AccountInfo> accounts = new LinkedHashMap<>();
    private final Map<Long, CachedFolder> folders = new LinkedHashMap<>();
    private final Map<Long, ItemDetail> items = new LinkedHashMap<>();
    private final Map<Long, byte[]> attachmentContent = new HashMap<>();
    private final List<CacheListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);
    /** Every items() call as "folderId:sort:offset:limit". */
    public final List<String> pageReads = new CopyOnWriteArrayList<>();
    public final List<String> readChanges = new CopyOnWriteArrayList<>();
    public volatile RuntimeException failReads;

    public synchronized AccountInfo addAccount(String id, String name) {
        AccountInfo account = new AccountInfo(id, name, "fake", "https://mail.example.org", "user");
        accounts.put(id, account);
        return account;
    }

    public synchronized CachedFolder addFolder(String accountId, String serverId, String parent, String name,
                                               FolderKind kind) {
        CachedFolder folder = new CachedFolder(ids.incrementAndGet(), accountId, serverId, parent, name, kind, 0, 0);
        folders.put(folder.id(), folder);
        return folder;
    }

    /** Adds an item; {@code fields} and {@code attachments} may be empty. */
    public synchronized ItemSummary addItem(CachedFolder folder, String subject, String sender, Instant date,
                                            boolean read, String bodyText, String bodyHtml,
                                            Map<String, String> fields, List<AttachmentInfo> attachments) {
        long id = ids.incrementAndGet();
        ItemKind kind = folder.kind().itemKind();
        ItemSummary summary = new ItemSummary(id, folder.id(), "srv-" + id, kind, subject, sender, date,
                kind == ItemKind.APPOINTMENT ? date.plusSeconds(3600) : null, 1000 + id, read, false,
                !attachments.isEmpty(), bodyText == null ? "" : bodyText, OfflineState.SYNCED);
        items.put(id, new ItemDetail(summary, "Bob <bob@example.org>", bodyText, bodyHtml, Map.copyOf(fields),
                List.copyOf(attachments)));
        return summary;
    }

    public ItemSummary addMail(CachedFolder folder, String subject, String sender, Instant date, boolean read) {
        return addItem(folder, subject, sender, date, read, "Body of " + subject, null, Map.of(), List.of());
    }

    public synchronized void removeItem(long itemId) {
        items.remove(itemId);
    }

    public synchronized void putAttachmentContent(long attachmentId, byte[] content) {
        attachmentContent.put(attachmentId, content);
    }

    public void fireItemsChanged(long folderId) {
        listeners.forEach(l -> l.itemsChanged(folderId));
    }

    public void fireFoldersChanged(String accountId) {
        listeners.forEach(l -> l.foldersChanged(accountId));
    }

    public int listenerCount() {
        return listeners.size();
    }

    @Override
    public synchronized List<AccountInfo> accounts() {
        check();
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized void saveAccount(AccountInfo account) {
        accounts.put(account.id(), account);
    }

    @Override
    public synchronized List<CachedFolder> folders(String accountId) {
        check();
        List<CachedFolder> result = new ArrayList<>();
        for (CachedFolder f : folders.values()) {
            if (f.accountId().equals(accountId)) {
                List<ItemDetail> in = inFolder(f.id());
                int unread = (int) in.stream().filter(d -> !d.summary().read()).count();
                result.add(new CachedFolder(f.id(), f.accountId(), f.serverId(), f.parentServerId(), f.displayName(),
                        f.kind(), in.size(), unread));
            }
        }
        return result;
    }

    @Override
    public synchronized int itemCount(long folderId) {
        check();
        return inFolder(folderId).size();
    }

    @Override
    public synchronized List<ItemSummary> items(long folderId, ItemSort sort, int offset, int limit) {
        check();
        pageReads.add(folderId + ":" + sort + ":" + offset + ":" + limit);
        Comparator<ItemSummary> order = switch (sort) {
            case DATE_DESC -> Comparator.comparing(ItemSummary::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .reversed();
            case DATE_ASC -> Comparator.comparing(ItemSummary::date, Comparator.nullsLast(Comparator.naturalOrder()));
            case SENDER -> Comparator.comparing(ItemSummary::sender, String.CASE_INSENSITIVE_ORDER);
            case SUBJECT -> Comparator.comparing(ItemSummary::subject, String.CASE_INSENSITIVE_ORDER);
            case SIZE_DESC -> Comparator.comparingLong(ItemSummary::size).reversed();
        };
        return inFolder(folderId).stream().map(ItemDetail::summary).sorted(order.thenComparing(ItemSummary::id))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized Optional<ItemDetail> item(long itemId) {
        check();
        return Optional.ofNullable(items.get(itemId));
    }

    @Override
    public synchronized byte[] attachmentContent(long attachmentId) {
        byte[] content = attachmentContent.get(attachmentId);
        return content == null ? new byte[0] : content.clone();
    }

    @Override
    public void setRead(long itemId, boolean read) {
        long folderId;
        synchronized (this) {
            ItemDetail d = items.get(itemId);
            ItemSummary s = d.summary();
            ItemSummary changed = new ItemSummary(s.id(), s.folderId(), s.serverId(), s.kind(), s.subject(), s.sender(),
                    s.date(), s.endDate(), s.size(), read, s.flagged(), s.hasAttachments(), s.preview(),
                    OfflineState.LOCALLY_MODIFIED);
            items.put(itemId, new ItemDetail(changed, d.recipients(), d.bodyText(), d.bodyHtml(), d.fields(),
                    d.attachments()));
            readChanges.add(itemId + "=" + read);
            folderId = s.folderId();
        }
        fireItemsChanged(folderId);
    }

    /** Every search as its query. */
    public final List<String> searches = new CopyOnWriteArrayList<>();

    /** Items whose subject, sender or plain body contains every word of the query, newest first. */
    @Override
    public synchronized List<ItemSummary> search(String query, int limit) {
        check();
        searches.add(query);
        List<String> words = java.util.Arrays.stream(query.toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return items.values().stream().filter(d -> {
            String text = (d.summary().subject() + " " + d.summary().sender() + " " + d.bodyText())
                    .toLowerCase(java.util.Locale.ROOT);
            return words.stream().allMatch(text::contains);
        }).map(ItemDetail::summary).sorted(Comparator.comparing(ItemSummary::date,
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed()).limit(limit).toList();
    }

    /** Every edit as "verb:itemId[:argument]". */
    public final List<String> edits = new CopyOnWriteArrayList<>();

    private void replace(long itemId, java.util.function.UnaryOperator<ItemDetail> change) {
        long folderId;
        synchronized (this) {
            ItemDetail d = items.get(itemId);
            if (d == null) {
                throw new org.interchange.cache.api.CacheException("No cached item has id " + itemId);
            }
            ItemDetail changed = change.apply(d);
            items.put(itemId, changed);
            folderId = changed.summary().folderId();
        }
        fireItemsChanged(folderId);
    }

    private static ItemSummary with(ItemSummary s, long folderId, String subject, Instant date, Instant end,
                                    boolean flagged) {
        return new ItemSummary(s.id(), folderId, s.serverId(), s.kind(), subject, s.sender(), date, end, s.size(),
                s.read(), flagged, s.hasAttachments(), s.preview(), OfflineState.LOCALLY_MODIFIED);
    }

    @Override
    public synchronized Map<Long, List<String>> categories(java.util.Collection<Long> itemIds) {
        check();
        Map<Long, List<String>> out = new HashMap<>();
        for (long id : itemIds) {
            ItemDetail d = items.get(id);
            String field = d == null ? null : d.field(org.interchange.cache.api.ItemFields.CATEGORIES);
            if (field != null && !field.isBlank()) {
                out.put(id, List.of(field.split("\n")));
            }
        }
        return out;
    }

    /** Fails every setCategories while set. */
    public volatile RuntimeException failEdits;

    @Override
    public void setCategories(long itemId, List<String> categories) {
        check();
        if (failEdits != null) {
            throw failEdits;
        }
        edits.add("categories:" + itemId + ":" + String.join("|", categories));
        replace(itemId, d -> {
            Map<String, String> fields = new HashMap<>(d.fields());
            fields.put(org.interchange.cache.api.ItemFields.CATEGORIES, String.join("\n", categories));
            return new ItemDetail(with(d.summary(), d.summary().folderId(), d.summary().subject(), d.summary().date(),
                    d.summary().endDate(), d.summary().flagged()), d.recipients(), d.bodyText(), d.bodyHtml(),
                    Map.copyOf(fields), d.attachments());
        });
    }

    @Override
    public void setFlagged(long itemId, boolean flagged) {
        check();
        edits.add("flag:" + itemId + ":" + flagged);
        replace(itemId, d -> new ItemDetail(with(d.summary(), d.summary().folderId(), d.summary().subject(),
                d.summary().date(), d.summary().endDate(), flagged), d.recipients(), d.bodyText(), d.bodyHtml(),
                d.fields(), d.attachments()));
    }

    @Override
    public java.util.OptionalLong delete(long itemId, org.interchange.cache.api.DeleteMode mode) {
        check();
        edits.add("delete:" + itemId + ":" + mode);
        long folderId;
        synchronized (this) {
            folderId = items.remove(itemId).summary().folderId();
        }
        fireItemsChanged(folderId);
        return java.util.OptionalLong.empty();
    }

    @Override
    public long move(long itemId, long targetFolderId) {
        check();
        edits.add("move:" + itemId + ":" + targetFolderId);
        long from;
        synchronized (this) {
            from = items.get(itemId).summary().folderId();
        }
        replace(itemId, d -> new ItemDetail(with(d.summary(), targetFolderId, d.summary().subject(),
                d.summary().date(), d.summary().endDate(), d.summary().flagged()), d.recipients(), d.bodyText(),
                d.bodyHtml(), d.fields(), d.attachments()));
        fireItemsChanged(from);
        return itemId;
    }

    @Override
    public long create(long folderId, org.interchange.cache.api.ItemContent content) {
        check();
        CachedFolder folder;
        synchronized (this) {
            folder = folders.get(folderId);
        }
        ItemSummary created = addItem(folder, content.subject(), "", content.date() == null ? Instant.EPOCH
                : content.date(), true, content.bodyText(), content.bodyHtml(), content.fields(), List.of());
        edits.add("create:" + created.id() + ":" + content.subject());
        if (content.endDate() != null) {
            replace(created.id(), d -> new ItemDetail(with(d.summary(), folderId, content.subject(), content.date(),
                    content.endDate(), false), d.recipients(), d.bodyText(), d.bodyHtml(), d.fields(), d.attachments()));
        } else {
            fireItemsChanged(folderId);
        }
        return created.id();
    }

    @Override
    public void update(long itemId, org.interchange.cache.api.ItemContent content) {
        check();
        edits.add("update:" + itemId + ":" + content.subject());
        replace(itemId, d -> new ItemDetail(with(d.summary(), d.summary().folderId(), content.subject(),
                content.date(), content.endDate(), d.summary().flagged()), d.recipients(), content.bodyText(),
                content.bodyHtml(), content.fields(), d.attachments()));
    }

    /** The text of each file attached to a sent message, by file name. */
    public final Map<String, String> sentFiles = new java.util.concurrent.ConcurrentHashMap<>();

    /** Drafts and sent messages, as "draft:subject" or "send:to:subject". */
    public final List<String> outgoing = new CopyOnWriteArrayList<>();

    @Override
    public long saveDraft(String accountId, java.util.OptionalLong draftItemId,
                          org.interchange.cache.api.MessageDraft draft) {
        check();
        outgoing.add("draft:" + draft.subject());
        lastDraft = draft;
        return draftItemId.orElse(ids.incrementAndGet());
    }

    @Override
    public long send(String accountId, java.util.OptionalLong draftItemId, org.interchange.cache.api.MessageDraft draft) {
        check();
        if (!draft.hasRecipients()) {
            throw new IllegalArgumentException("no recipients");
        }
        outgoing.add("send:" + String.join(",", draft.to()) + ":" + draft.subject());
        lastDraft = draft;
        for (org.interchange.cache.api.DraftAttachment a : draft.attachments()) {
            if (a instanceof org.interchange.cache.api.DraftAttachment.FromFile file) { // read now, as the cache does
                try {
                    sentFiles.put(file.file().getFileName().toString(), java.nio.file.Files.readString(file.file()));
                } catch (java.io.IOException e) {
                    throw new org.interchange.cache.api.CacheException("cannot read " + file.file() + ": " + e.getMessage());
                }
            }
        }
        return ids.incrementAndGet();
    }

    /** The last draft saved or sent, whole. */
    public volatile org.interchange.cache.api.MessageDraft lastDraft;
    private final java.util.Set<Long> allowedItems = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> allowedSenders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Contacts whose name or address starts with the prefix (case ignored), as "Name <address>". */
    @Override
    public synchronized List<String> completeRecipients(String prefix, int limit) {
        check();
        String p = prefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (p.isEmpty()) {
            return List.of();
        }
        return items.values().stream().filter(d -> d.summary().kind() == ItemKind.CONTACT)
                .filter(d -> d.field(org.interchange.cache.api.ItemFields.EMAIL) != null)
                .filter(d -> d.summary().subject().toLowerCase(java.util.Locale.ROOT).startsWith(p)
                        || d.field(org.interchange.cache.api.ItemFields.EMAIL).toLowerCase(java.util.Locale.ROOT)
                        .startsWith(p))
                .map(d -> d.summary().subject() + " <" + d.field(org.interchange.cache.api.ItemFields.EMAIL) + ">")
                .sorted().limit(limit).toList();
    }

    @Override
    public synchronized boolean remoteContentAllowed(long itemId) {
        check();
        ItemDetail d = items.get(itemId);
        if (d == null) {
            return false;
        }
        String sender = d.summary().sender() == null ? "" : d.summary().sender().toLowerCase(java.util.Locale.ROOT);
        return allowedItems.contains(itemId) || allowedSenders.stream().anyMatch(sender::contains);
    }

    @Override
    public void allowRemoteContent(long itemId) {
        check();
        edits.add("allowRemote:" + itemId);
        allowedItems.add(itemId);
    }

    @Override
    public void allowRemoteContentFrom(String sender) {
        check();
        edits.add("allowRemoteFrom:" + sender);
        String s = sender.toLowerCase(java.util.Locale.ROOT);
        allowedSenders.add(s.contains("<") ? s.substring(s.lastIndexOf('<') + 1, s.lastIndexOf('>')) : s);
    }

    /** Every conversations() call as "folderId:sort:offset:limit". */
    public final List<String> conversationReads = new CopyOnWriteArrayList<>();

    private static String conversationKey(String subject) {
        String s = subject == null ? "" : subject.strip();
        String before;
        do {
            before = s;
            s = s.replaceFirst("(?i)^(re|fw|fwd)\\s*:\\s*", "");
        } while (!s.equals(before));
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private java.util.Map<String, List<ItemSummary>> grouped(long folderId) {
        java.util.Map<String, List<ItemSummary>> groups = new LinkedHashMap<>();
        for (ItemDetail d : inFolder(folderId)) {
            groups.computeIfAbsent(conversationKey(d.summary().subject()), k -> new ArrayList<>()).add(d.summary());
        }
        return groups;
    }

    @Override
    public synchronized int conversationCount(long folderId) {
        check();
        return grouped(folderId).size();
    }

    /** Conversations by their newest message (DATE_DESC; other sorts by key). */
    @Override
    public synchronized List<org.interchange.cache.api.Conversation> conversations(long folderId, ItemSort sort,
                                                                                  int offset, int limit) {
        check();
        conversationReads.add(folderId + ":" + sort + ":" + offset + ":" + limit);
        List<org.interchange.cache.api.Conversation> all = new ArrayList<>();
        grouped(folderId).forEach((key, members) -> {
            ItemSummary latest = members.stream().max(Comparator.comparing(ItemSummary::date)).orElseThrow();
            all.add(new org.interchange.cache.api.Conversation(key, latest, members.size(),
                    (int) members.stream().filter(m -> !m.read()).count(),
                    members.stream().mapToLong(ItemSummary::size).sum()));
        });
        all.sort(sort == ItemSort.DATE_DESC ? Comparator.comparing(
                (org.interchange.cache.api.Conversation c) -> c.latest().date()).reversed()
                : Comparator.comparing(org.interchange.cache.api.Conversation::key));
        return all.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<ItemSummary> conversationItems(long folderId, String key) {
        check();
        return grouped(folderId).getOrDefault(key, List.of()).stream().sorted(Comparator.comparing(ItemSummary::date))
                .toList();
    }

    @Override
    public void addListener(CacheListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CacheListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
    }

    private List<ItemDetail> inFolder(long folderId) {
        return items.values().stream().filter(d -> d.summary().folderId() == folderId).toList();
    }

    private void check() {
        RuntimeException failure = failReads;
        if (failure != null) {
            throw failure;
        }
    }
}
