package org.interchange.mapi.server.rop.oxcfxics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interchange.mapi.codec.fxics.MessageChange;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contents synchronization restricted to mail delivered since a day that moves forward ([MS-OXCFXICS] 3.2.5.3,
 * 3.2.5.9.1.1): every message the client was given that no longer matches is reported no longer in scope, changed
 * or not, and leaves IdsetGiven; NoDeletions and IgnoreNoLongerInScope keep the report out.
 */
class RestrictedContentsSyncTest {
    private static final Instant DAY0 = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;
    MailboxStore store;
    Mailbox alice;
    long inbox;
    IcsState state = new IcsState();

    @BeforeEach
    void open() {
        store = H2MailboxStore.open(dir);
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = alice.folderId(SpecialFolder.INBOX);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void messagesThatAgeOutOfAMovingSpanAreReportedOnceAndLeaveTheGivenSet() {
        long old = mail("old", DAY0.minus(Duration.ofDays(5)));
        long ageing = mail("ageing", DAY0.plus(Duration.ofHours(5)));
        long fresh = mail("fresh", DAY0.plus(Duration.ofDays(3)));
        long draft = store.createMessage(alice, inbox, NewMessage.of(List.of(
                PropertyValue.of(PidTag.SUBJECT, "draft")))).mid();

        Download first = download(since(DAY0), 0);
        assertThat(first.changed).containsExactlyInAnyOrder(ageing, fresh, draft);
        assertThat(first.noLongerInScope).isEmpty();

        Download nextDay = download(since(DAY0.plus(Duration.ofDays(1))), 0);
        assertThat(nextDay.changed).isEmpty();
        assertThat(nextDay.noLongerInScope).containsExactly(ageing);
        assertThat(nextDay.deleted).isEmpty();
        assertThat(given()).containsExactlyInAnyOrder(fresh, draft);

        store.saveMessage(alice, inbox, ageing, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "changed"),
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, DAY0.plus(Duration.ofHours(5))))), false, null);
        store.setRead(alice, old, true);
        Download quiet = download(since(DAY0.plus(Duration.ofDays(1))), 0);
        assertThat(quiet.changed).isEmpty();
        assertThat(quiet.noLongerInScope).isEmpty();
        assertThat(given()).containsExactlyInAnyOrder(fresh, draft);
    }

    @Test
    void noDeletionsAndIgnoreNoLongerInScopeLeaveMessagesOutOfScopeUnreported() {
        long ageing = mail("ageing", DAY0.plus(Duration.ofHours(5)));
        download(since(DAY0), 0);

        Restriction later = since(DAY0.plus(Duration.ofDays(1)));
        assertThat(download(later, SyncConfiguration.NO_DELETIONS, false).noLongerInScope).isEmpty();
        assertThat(download(later, SyncConfiguration.IGNORE_NO_LONGER_IN_SCOPE, false).noLongerInScope).isEmpty();
        assertThat(download(later, 0).noLongerInScope).containsExactly(ageing);
    }

    private long mail(String subject, Instant delivered) {
        return store.createMessage(alice, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, subject),
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, delivered)))).mid();
    }

    /** Delivered at or after {@code start}, or without a delivery time. */
    private static Restriction since(Instant start) {
        return new Restriction.Or(List.of(
                new Restriction.Property(Restriction.RELOP_GE, PidTag.MESSAGE_DELIVERY_TIME,
                        PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, start)),
                new Restriction.Not(new Restriction.Exist(PidTag.MESSAGE_DELIVERY_TIME))));
    }

    private Download download(Restriction restriction, int flags) {
        return download(restriction, flags, true);
    }

    /** Runs one download from {@link #state}; keeps its final state when {@code keep}. */
    private Download download(Restriction restriction, int flags, boolean keep) {
        SyncConfiguration config = new SyncConfiguration(false, 0, SyncConfiguration.NORMAL
                | SyncConfiguration.READ_STATE | flags, SyncConfiguration.EXTRA_EID | SyncConfiguration.EXTRA_CN,
                List.of(), Optional.of(restriction));
        SyncPlan plan = ContentsSync.plan(store, alice, inbox, config, state);
        Download d = new Download();
        plan.elements().forEachRemaining(e -> {
            switch (e) {
                case MessageChange change -> d.changed.add(LocalMids.of(change));
                case SyncElement.Deletions deletions -> {
                    d.deleted.addAll(LocalMids.of(deletions.deleted()));
                    d.noLongerInScope.addAll(LocalMids.of(deletions.noLongerInScope()));
                }
                default -> {
                }
            }
        });
        if (keep) {
            state.replace(plan.finalState());
        }
        return d;
    }

    private Set<Long> given() {
        return Set.copyOf(LocalMids.of(state.idsetGiven(), new ReplicaGuid(alice.replicaGuid())));
    }

    static final class Download {
        final List<Long> changed = new ArrayList<>();
        final List<Long> deleted = new ArrayList<>();
        final List<Long> noLongerInScope = new ArrayList<>();
    }
}
