package org.interchange.plugin.mapi;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.SyncScope;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.PropertyName;
import org.interchange.mapi.server.store.SpecialFolder;

/** A real MAPI/HTTP server on loopback with one empty mailbox that a test fills through the server's store. */
final class LoopbackMailbox implements AutoCloseable {
    static final String ACCOUNT = "pim-account";
    private static final String USER = "pim";
    private static final String PASSWORD = "pim-password";

    private final MailboxStore store;
    private final MapiHttpServer server;
    private final Mailbox mailbox;

    LoopbackMailbox(Path dir) {
        store = H2MailboxStore.open(dir);
        mailbox = store.createMailbox(USER, "Pim Tester", "pim@interchange.example");
        server = MapiHttpServer.builder().store(store).port(0).user(USER, PASSWORD).build().start();
    }

    /** A backend of this mailbox that keeps {@code scope} offline. */
    Backend backend(SyncScope scope) {
        return new MapiBackendFactory().create(settings(scope));
    }

    /** A backend of this mailbox that keeps {@code scope} offline, its span of mail ending on {@code clock}'s day. */
    Backend backend(SyncScope scope, Clock clock) {
        AccountSettings settings = settings(scope);
        return new MapiBackend(settings, new MapiSessionSource(settings), clock);
    }

    private AccountSettings settings(SyncScope scope) {
        return new AccountSettings(ACCOUNT, server.emsmdbUri().toString(), USER, PASSWORD.toCharArray(), scope);
    }

    /** A cache in {@code profile} that knows the account. */
    static H2CacheStore cache(Path profile) {
        H2CacheStore cache = H2CacheStore.open(profile);
        cache.saveAccount(new AccountInfo(ACCOUNT, "Pim", "mapi", "http://127.0.0.1/", USER));
        return cache;
    }

    long folderId(SpecialFolder folder) {
        return mailbox.folderId(folder);
    }

    /** Stores a message with {@code properties} in {@code folder}; returns its MID. */
    long add(SpecialFolder folder, List<PropertyValue> properties) {
        return add(folder, NewMessage.of(properties));
    }

    long add(SpecialFolder folder, NewMessage message) {
        return store.createMessage(mailbox, folderId(folder), message).mid();
    }

    /** The properties the store holds for message {@code mid}. */
    List<PropertyValue> properties(long mid) {
        return store.message(mailbox, mid).orElseThrow().properties();
    }

    /** The value of {@code tag} the store holds for message {@code mid}. */
    Optional<Object> value(long mid, PropertyTag tag) {
        return properties(mid).stream().filter(v -> v.tag().equals(tag)).map(PropertyValue::value).findFirst();
    }

    /** The tag of a named property in this mailbox, registering the name as a mailbox Outlook has used would hold it. */
    PropertyTag tag(PidLid lid) {
        int id = store.namedPropertyId(mailbox, PropertyName.ofLid(lid.propertySet(), lid.lid()), true).orElseThrow();
        return PropertyTag.of(id, lid.type());
    }

    /** The tag of a string-named property in this mailbox, registering the name. */
    PropertyTag tag(PidName name) {
        int id = store.namedPropertyId(mailbox, PropertyName.ofName(name.propertySet(), name.name()), true)
                .orElseThrow();
        return PropertyTag.of(id, name.type());
    }

    /** Registers the names an upload writes ([MS-OXCPRPT] 3.1.5.2.1). */
    void registerNamedProperties(List<PidLid> lids) {
        lids.forEach(this::tag);
    }

    /** The property bags of the attachments the store holds for message {@code mid}. */
    List<List<PropertyValue>> attachments(long mid) {
        return store.attachments(mailbox, mid).stream().map(AttachmentRecord::properties).toList();
    }

    /** The property rows of the recipients the store holds for message {@code mid}. */
    List<List<PropertyValue>> recipients(long mid) {
        return store.recipients(mailbox, mid);
    }

    /** Replaces message {@code mid} of {@code folder} with a new version holding {@code properties}. */
    void update(SpecialFolder folder, long mid, List<PropertyValue> properties) {
        store.saveMessage(mailbox, folderId(folder), mid, NewMessage.of(properties), false, null);
    }

    /** Whether the server holds message {@code mid} as read (mfRead). */
    boolean isRead(long mid) {
        return store.message(mailbox, mid).orElseThrow().isRead();
    }

    /** Marks message {@code mid} read or unread on the server. */
    void setRead(long mid, boolean read) {
        store.setRead(mailbox, mid, read);
    }

    /** Deletes message {@code mid} of {@code folder}. */
    void delete(SpecialFolder folder, long mid) {
        store.deleteMessages(mailbox, folderId(folder), List.of(mid));
    }

    /** The MIDs of the messages of {@code folder}. */
    List<Long> messages(SpecialFolder folder) {
        return store.messages(mailbox, folderId(folder)).stream().map(m -> m.mid()).toList();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
