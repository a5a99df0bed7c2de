package org.interchange.mapi.server.rop.oxcfxics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interchange.mapi.codec.fxics.MessageChange;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.ContentsChanges;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.MessageSummary;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental contentsSync downloads ([MS-OXCFXICS] 3.2.5.9.1) on a folder of many messages: after a few changes the
 * download carries exactly those changes, deletions (moves out included) and read-state changes, its final state
 * lists the folder's messages, and the planner reads rows in proportion to the changes, not to the folder.
 */
class IncrementalContentsSyncTest {
    private static final int FOLDER_SIZE = 200;
    private static final SyncConfiguration CONFIG = new SyncConfiguration(false, 0,
            SyncConfiguration.NORMAL | SyncConfiguration.FAI | SyncConfiguration.READ_STATE,
            SyncConfiguration.EXTRA_EID | SyncConfiguration.EXTRA_CN, List.of(), Optional.empty());

    @TempDir
    Path dir;
    MailboxStore store;
    Mailbox alice;
    long inbox;
    long trash;
    List<MessageRecord> messages = new ArrayList<>();
    IcsState state = new IcsState();

    @BeforeEach
    void fill() {
        store = H2MailboxStore.open(dir);
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = alice.folderId(SpecialFolder.INBOX);
        trash = alice.folderId(SpecialFolder.DELETED_ITEMS);
        for (int i = 0; i < FOLDER_SIZE; i++) {
            messages.add(store.createMessage(alice, inbox, NewMessage.of(List.of(
                    PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"), PropertyValue.of(PidTag.SUBJECT, "m" + i)))));
        }
        store.setRead(alice, mid(7), true);
        Download initial = download(store);
        assertThat(initial.changed).hasSize(FOLDER_SIZE);
        assertThat(initial.deleted).isEmpty();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long mid(int index) {
        return messages.get(index).mid();
    }

    private MessageRecord edit(int index) {
        return store.saveMessage(alice, inbox, mid(index), NewMessage.of(List.of(
                PropertyValue.of(PidTag.SUBJECT, "edited " + index))), false, null);
    }

    @Test
    void anIncrementalDownloadCarriesExactlyTheChangesDeletionsAndReadChanges() {
        Set<Long> changed = new HashSet<>();
        for (int i : new int[] {3, 50, 120, 121, 199}) {
            changed.add(edit(i).mid());
        }
        for (int i = 0; i < 3; i++) {
            changed.add(store.createMessage(alice, inbox, NewMessage.of(List.of())).mid());
        }
        MessageRecord elsewhere = store.createMessage(alice, trash, NewMessage.of(List.of()));
        changed.add(store.moveMessages(alice, trash, List.of(elsewhere.mid()), inbox, false).getFirst());
        store.deleteMessages(alice, inbox, List.of(mid(10), mid(11), mid(180), mid(190)));
        store.moveMessages(alice, inbox, List.of(mid(20), mid(21)), trash, false);
        store.deleteMessages(alice, trash, List.of(store.createMessage(alice, trash, NewMessage.of(List.of())).mid()));
        for (int i : new int[] {30, 31, 150}) {
            store.setRead(alice, mid(i), true);
        }
        store.setRead(alice, mid(7), false);
        store.setRead(alice, mid(50), true);

        Download incremental = download(store);

        assertThat(incremental.changed).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(incremental.deleted).containsExactlyInAnyOrder(mid(10), mid(11), mid(180), mid(190), mid(20), mid(21));
        assertThat(incremental.read).containsExactlyInAnyOrder(mid(30), mid(31), mid(150));
        assertThat(incremental.unread).containsExactly(mid(7));
        assertThat(given()).isEqualTo(Set.copyOf(store.messageSummaries(alice, inbox).stream()
                .map(MessageSummary::mid).toList()));

        Download nothing = download(store);
        assertThat(nothing.changed).isEmpty();
        assertThat(nothing.deleted).isEmpty();
        assertThat(nothing.read).isEmpty();
        assertThat(nothing.unread).isEmpty();
    }

    @Test
    void aChangeTheClientUploadedIsNotSentBack() {
        MessageRecord uploaded = edit(40);
        state.recordChange(alice.replicaGuid(), uploaded.mid(), uploaded.changeNumber(), false);
        MessageRecord server = edit(41);

        assertThat(download(store).changed).containsExactly(server.mid());
    }

    @Test
    void thePlannerReadsRowsInProportionToTheChangesNotToTheFolder() {
        for (int i : new int[] {1, 2, 3}) {
            edit(i);
        }
        store.deleteMessages(alice, inbox, List.of(mid(100), mid(101)));
        store.setRead(alice, mid(150), true);
        FakeCountingMailboxStore counting = new FakeCountingMailboxStore(store);

        Download incremental = download(counting.proxy());

        assertThat(incremental.changed).hasSize(3);
        assertThat(incremental.deleted).hasSize(2);
        assertThat(incremental.read).hasSize(1);
        assertThat(counting.calls).doesNotContain("contentsSnapshot", "messageSummaries", "messages", "tombstones");
        assertThat(counting.changeRows).isEqualTo(6);
        assertThat(counting.midsRead).isEqualTo(3);
    }

    /**
     * A download of a whole folder reads its messages a batch of up to 128 at a time, three statements per batch
     * (messages, recipients, attachments), and sends every one of them in change-number order.
     */
    @Test
    void aWholeFolderIsReadInBatchesAndSentInChangeOrder() {
        state = new IcsState();
        FakeCountingMailboxStore counting = new FakeCountingMailboxStore(store);

        Download initial = download(counting.proxy());

        assertThat(initial.changed).containsExactlyElementsOf(messages.stream()
                .sorted(java.util.Comparator.comparingLong(m -> ExchangeIds.globalCounter(
                        store.message(alice, m.mid()).orElseThrow().changeNumber())))
                .map(MessageRecord::mid).toList());
        assertThat(counting.midsRead).isEqualTo(FOLDER_SIZE);
        assertThat(counting.calls.stream().filter("messagesByMid"::equals)).hasSize(2);
        assertThat(counting.calls.stream().filter("recipientsByMid"::equals)).hasSize(2);
        assertThat(counting.calls.stream().filter("attachmentsByMid"::equals)).hasSize(2);
    }

    /** Runs one download from {@link #state} on {@code through} and keeps its final state. */
    private Download download(MailboxStore through) {
        SyncPlan plan = ContentsSync.plan(through, alice, inbox, CONFIG, state);
        Download d = new Download();
        plan.elements().forEachRemaining(e -> {
            switch (e) {
                case MessageChange change -> d.changed.add(LocalMids.of(change));
                case SyncElement.Deletions deletions -> d.deleted.addAll(LocalMids.of(deletions.deleted()));
                case SyncElement.ReadStateChanges changes -> {
                    d.read.addAll(LocalMids.of(changes.read()));
                    d.unread.addAll(LocalMids.of(changes.unread()));
                }
                default -> {
                }
            }
        });
        state.replace(plan.finalState());
        return d;
    }

    private Set<Long> given() {
        return Set.copyOf(LocalMids.of(state.idsetGiven(), new ReplicaGuid(alice.replicaGuid())));
    }

    static final class Download {
        final List<Long> changed = new ArrayList<>();
        final List<Long> deleted = new ArrayList<>();
        final List<Long> read = new ArrayList<>();
        final List<Long> unread = new ArrayList<>();
    }

    /** A store that passes every call on and counts what the planner asks for: calls, change rows, messages read. */
    static final class FakeCountingMailboxStore {
        private final MailboxStore delegate;
        final List<String> calls = new ArrayList<>();
        int changeRows;
        int midsRead;

        FakeCountingMailboxStore(MailboxStore delegate) {
            this.delegate = delegate;
        }

        MailboxStore proxy() {
            return (MailboxStore) Proxy.newProxyInstance(MailboxStore.class.getClassLoader(),
                    new Class<?>[] {MailboxStore.class}, (proxy, method, args) -> {
                        calls.add(method.getName());
                        if (method.getName().equals("messagesByMid")) {
                            midsRead += ((Collection<?>) args[1]).size();
                        }
                        Object result;
                        try {
                            result = method.invoke(delegate, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (result instanceof ContentsChanges changes) {
                            changeRows += changes.changed().size() + changes.readChanged().size()
                                    + changes.deleted().size();
                        }
                        return result;
                    });
        }
    }
}
