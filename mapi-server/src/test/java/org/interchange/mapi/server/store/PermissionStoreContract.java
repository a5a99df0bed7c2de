package org.interchange.mapi.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.junit.jupiter.api.Test;

/** The folder permissions every {@link MailboxStore} keeps ([MS-OXCPERM]); part of {@link MailboxStoreContract}. */
interface PermissionStoreContract {
    int REVIEWER = 0x401;
    int EDITOR = 0x47B;
    int FREE_BUSY_SIMPLE = 0x800;

    MailboxStore store();

    @Test
    default void aNewMailboxGrantsNothingToAnyone() {
        Mailbox alice = store().createMailbox("alice", "Alice", "alice@example.org");

        assertThat(store().permissions().list(alice, alice.folderId(SpecialFolder.INBOX))).isEmpty();
        assertThat(store().permissions().grantedRights(alice, "bob")).isEmpty();
    }

    @Test
    default void memberIdsAreStablePositiveAndPerUser() {
        PermissionStore permissions = store().permissions();
        long bob = permissions.memberId("Bob");

        assertThat(bob).isPositive();
        assertThat(permissions.memberId("bob")).isEqualTo(bob);
        assertThat(permissions.memberId("carol")).isPositive().isNotEqualTo(bob);
        assertThat(permissions.userOf(bob)).contains("bob");
        assertThat(permissions.userOf(PermissionEntry.DEFAULT_MEMBER)).isEmpty();
    }

    @Test
    default void entriesAreAddedChangedAndRemovedAndOwnEntriesBeatTheDefault() {
        Mailbox alice = store().createMailbox("alice", "Alice", "alice@example.org");
        store().createMailbox("bob", "Bob Builder", "bob@example.org");
        long inbox = alice.folderId(SpecialFolder.INBOX);
        long calendar = alice.folderId(SpecialFolder.CALENDAR);
        PermissionStore permissions = store().permissions();
        long bob = permissions.memberId("bob");

        permissions.modify(alice, inbox, PermissionChanges.set(bob, REVIEWER));
        permissions.modify(alice, calendar, PermissionChanges.set(PermissionEntry.DEFAULT_MEMBER, FREE_BUSY_SIMPLE));
        permissions.modify(alice, inbox, PermissionChanges.set(PermissionEntry.DEFAULT_MEMBER, EDITOR));

        assertThat(permissions.list(alice, inbox)).containsExactly(
                new PermissionEntry(PermissionEntry.DEFAULT_MEMBER, null, null, EDITOR),
                new PermissionEntry(bob, "bob", "Bob Builder", REVIEWER));
        assertThat(permissions.grantedRights(alice, "BOB")).isEqualTo(Map.of(inbox, REVIEWER, calendar, FREE_BUSY_SIMPLE));
        assertThat(permissions.grantedRights(alice, "carol")).isEqualTo(Map.of(inbox, EDITOR, calendar, FREE_BUSY_SIMPLE));

        permissions.modify(alice, inbox, PermissionChanges.set(bob, EDITOR));
        assertThat(permissions.grantedRights(alice, "bob")).containsEntry(inbox, EDITOR);
        permissions.modify(alice, inbox, PermissionChanges.remove(bob));
        permissions.modify(alice, inbox, PermissionChanges.remove(PermissionEntry.DEFAULT_MEMBER));
        assertThat(permissions.list(alice, inbox)).isEmpty();
        assertThat(permissions.grantedRights(alice, "bob")).isEqualTo(Map.of(calendar, FREE_BUSY_SIMPLE));
    }

    @Test
    default void replacingKeepsOnlyTheDefaultUsersEntryBesideTheNewOnes() {
        Mailbox alice = store().createMailbox("alice", "Alice", "alice@example.org");
        long inbox = alice.folderId(SpecialFolder.INBOX);
        PermissionStore permissions = store().permissions();
        long bob = permissions.memberId("bob");
        long carol = permissions.memberId("carol");
        permissions.modify(alice, inbox, new PermissionChanges(false, Map.of(bob, EDITOR,
                PermissionEntry.DEFAULT_MEMBER, REVIEWER, PermissionEntry.ANONYMOUS_MEMBER, REVIEWER), Set.of()));

        permissions.modify(alice, inbox, new PermissionChanges(true, Map.of(carol, REVIEWER), Set.of()));

        assertThat(permissions.list(alice, inbox)).extracting(PermissionEntry::memberId, PermissionEntry::rights)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PermissionEntry.DEFAULT_MEMBER, REVIEWER),
                        org.assertj.core.groups.Tuple.tuple(carol, REVIEWER));
    }

    @Test
    default void aDeletedFolderTakesItsEntriesAlong() {
        Mailbox alice = store().createMailbox("alice", "Alice", "alice@example.org");
        FolderRecord shared = store().createFolder(alice, alice.folderId(SpecialFolder.IPM_SUBTREE), "Shared", "IPF.Note");
        long bob = store().permissions().memberId("bob");
        store().permissions().modify(alice, shared.fid(), PermissionChanges.set(bob, REVIEWER));

        store().deleteFolder(alice, shared.fid());

        assertThat(store().permissions().list(alice, shared.fid())).isEmpty();
        assertThat(store().permissions().grantedRights(alice, "bob")).doesNotContainKey(shared.fid());
        assertThatThrownBy(() -> store().permissions().modify(alice, shared.fid(), PermissionChanges.set(bob, REVIEWER)))
                .isInstanceOf(NoSuchObjectException.class);
    }

    @Test
    default void creatorsOfMessagesAreRemembered() {
        Mailbox alice = store().createMailbox("alice", "Alice", "alice@example.org");
        long inbox = alice.folderId(SpecialFolder.INBOX);
        MessageRecord byBob = store().createMessage(alice, inbox,
                new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, "from bob")), List.of(), List.of()));
        MessageRecord byAlice = store().createMessage(alice, inbox,
                new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, "own")), List.of(), List.of()));

        store().permissions().recordCreator(alice, byBob.mid(), "Bob");

        assertThat(store().permissions().createdBy(alice, byBob.mid(), "bob")).isTrue();
        assertThat(store().permissions().createdBy(alice, byBob.mid(), "carol")).isFalse();
        assertThat(store().permissions().createdBy(alice, byAlice.mid(), "bob")).isFalse();
        store().deleteMessages(alice, inbox, List.of(byBob.mid()));
        assertThat(store().permissions().createdBy(alice, byBob.mid(), "bob")).isFalse();
    }
}
