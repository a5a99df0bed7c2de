package org.interchange.mapi.server.rop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.codec.rop.RopCreateMessageRequest;
import org.interchange.mapi.codec.rop.RopGetStoreStateRequest;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopNotifyResponse;
import org.interchange.mapi.codec.rop.RopRegisterNotificationRequest;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageRequest;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageResponse;
import org.interchange.mapi.codec.rop.RopSetPropertiesRequest;
import org.interchange.mapi.codec.rop.TableColumns;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RopRegisterNotification and RopNotify ([MS-OXCNOTIF] 3.2.5) across two sessions of one processor. */
class NotificationHubTest {
    static final RopLogonRequest LOGON = new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0,
            UserDn.of("alice"));

    @TempDir
    Path dir;
    MailboxStore store;
    Mailbox alice;
    ExecuteProcessor processor;

    @BeforeEach
    void open() {
        store = H2MailboxStore.open(dir);
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        processor = new ExecuteProcessor(RopDispatcher.standard(Clock.systemUTC()), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSavedMessageSignalsAndNotifiesTheSubscribedSessionOnly() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        AtomicInteger signals = new AtomicInteger();
        HandleTable watcher = new HandleTable(signals::incrementAndGet);
        HandleTable writer = new HandleTable();
        HandleTable other = new HandleTable(() -> { throw new AssertionError("not subscribed"); });
        run(watcher, List.of(LOGON, new RopRegisterNotificationRequest(0, 0, 1,
                NotificationData.OBJECT_CREATED | NotificationData.OBJECT_DELETED, 0, false, inbox, 0)), 2);
        run(other, List.of(LOGON, new RopRegisterNotificationRequest(0, 0, 1, NotificationData.OBJECT_CREATED, 0,
                false, alice.folderId(SpecialFolder.DRAFTS), 0)), 2);

        List<RopResponse> saved = run(writer, List.of(LOGON, new RopCreateMessageRequest(0, 0, 1, 0x0FFF, inbox, false),
                new RopSetPropertiesRequest(0, 1, List.of(PropertyValue.of(PidTag.SUBJECT, "hello"))),
                new RopSaveChangesMessageRequest(0, 1, 1, 0x02)), 2);
        long mid = ((RopSaveChangesMessageResponse) saved.get(3)).messageId();

        assertThat(signals.get()).isEqualTo(1);
        List<RopResponse> next = run(watcher, List.of(new RopGetStoreStateRequest(0, 0)), 1);
        RopNotifyResponse notify = (RopNotifyResponse) next.getLast();
        assertThat(notify.notificationData().notificationType()).isEqualTo(NotificationData.OBJECT_CREATED);
        assertThat(notify.notificationData().folderId()).isEqualTo(inbox);
        assertThat(notify.notificationData().messageId()).isEqualTo(mid);
        assertThat(run(watcher, List.of(new RopGetStoreStateRequest(0, 0)), 1))
                .noneMatch(r -> r instanceof RopNotifyResponse);
    }

    @Test
    void releasingTheSubscriptionEndsIt() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        AtomicInteger signals = new AtomicInteger();
        HandleTable watcher = new HandleTable(signals::incrementAndGet);
        run(watcher, List.of(LOGON, new RopRegisterNotificationRequest(0, 0, 1, NotificationData.OBJECT_CREATED, 0,
                true, 0, 0), new RopReleaseRequest(0, 1)), 2);

        run(new HandleTable(), List.of(LOGON, new RopCreateMessageRequest(0, 0, 1, 0x0FFF, inbox, false),
                new RopSaveChangesMessageRequest(0, 1, 1, 0x02)), 2);

        assertThat(signals.get()).isZero();
    }

    private List<RopResponse> run(HandleTable table, List<RopRequest> rops, int slots) {
        int[] handles = new int[slots];
        Arrays.fill(handles, HandleTable.NO_HANDLE);
        ExecuteResponse response = processor.execute(new ExecuteRequest(0, ExtendedBuffers.wrap(
                new RopRequestBuffer(rops, handles).encode(), false, false), 0x8000, new byte[0]), "alice", table);
        return RopResponseBuffer.decode(ExtendedBuffers.unwrapSingle(response.ropBuffer()), rops, TableColumns.none())
                .rops();
    }
}
