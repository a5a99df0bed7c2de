package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.mapi.codec.ids.AddressBookEntryId;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.PermissionData;
import org.interchange.mapi.codec.rop.RopCreateFolderRequest;
import org.interchange.mapi.codec.rop.RopCreateMessageRequest;
import org.interchange.mapi.codec.rop.RopDeleteMessagesRequest;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferRequest;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferResponse;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableRequest;
import org.interchange.mapi.codec.rop.RopGetPermissionsTableRequest;
import org.interchange.mapi.codec.rop.RopLogonPrivateMailboxResponse;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopModifyPermissionsRequest;
import org.interchange.mapi.codec.rop.RopMoveCopyMessagesRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenMessageRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopRegisterNotificationRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageRequest;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageResponse;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetPropertiesRequest;
import org.interchange.mapi.codec.rop.RopSetReadFlagsRequest;
import org.interchange.mapi.codec.rop.RopSubmitMessageRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureRequest;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;
import org.interchange.mapi.server.rop.oxcperm.PermissionColumns;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.PermissionChanges;
import org.interchange.mapi.server.store.PermissionEntry;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delegate access over real loopback HTTP with a real H2 store ([MS-OXCPERM], [MS-OXCSTOR] 3.2.5.1):
 * bob and carol reach alice's mailbox only as far as alice's permissions say.
 */
class DelegateAccessEndpointTest {
    private static final RopLogonRequest LOGON_ALICE = new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE,
            0, 0, UserDn.of("alice"));
    private static final List<PropertyTag> MEMBER_COLUMNS = List.of(PermissionColumns.MEMBER_ID,
            PermissionColumns.MEMBER_NAME, PermissionColumns.MEMBER_RIGHTS, PermissionColumns.ENTRY_ID);

    @TempDir
    static Path dir;
    static MailboxStore store;
    static Mailbox alice;
    static MapiHttpServer server;
    static long inbox;
    static long calendar;
    static long budget;
    private final Map<String, MapiHttpTestClient> clients = new java.util.HashMap<>();

    @BeforeAll
    static void start() {
        store = H2MailboxStore.open(dir);
        alice = store.createMailbox("alice", "Alice Owner", "alice@example.org");
        store.createMailbox("bob", "Bob Delegate", "bob@example.org");
        store.createMailbox("carol", "Carol", "carol@example.org");
        inbox = alice.folderId(SpecialFolder.INBOX);
        calendar = alice.folderId(SpecialFolder.CALENDAR);
        budget = store.createMessage(alice, inbox, new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, "Budget"),
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note")), List.of(), List.of())).mid();
        server = MapiHttpServer.builder().store(store).user("alice", "a-pass").user("bob", "b-pass")
                .user("carol", "c-pass").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @BeforeEach
    void noGrants() {
        for (SpecialFolder f : SpecialFolder.values()) {
            store.permissions().modify(alice, alice.folderId(f),
                    new PermissionChanges(true, Map.of(), Set.of(PermissionEntry.DEFAULT_MEMBER)));
        }
    }

    @Test
    void logonWithoutAnyGrantIsAccessDenied() throws Exception {
        store.permissions().modify(alice, inbox, PermissionChanges.set(store.permissions().memberId("bob"),
                MemberRights.REVIEWER));

        assertThat(run("carol", List.of()).getFirst().returnValue()).isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(run("bob", List.of()).getFirst()).isInstanceOfSatisfying(RopLogonPrivateMailboxResponse.class,
                logon -> assertThat(logon.responseFlags()).as("no OwnerRight, no SendAsRight").isEqualTo(0x01));
        assertThat(run("alice", List.of()).getFirst()).isInstanceOfSatisfying(RopLogonPrivateMailboxResponse.class,
                logon -> assertThat(logon.responseFlags()).isEqualTo(0x07));
    }

    @Test
    void withoutAGrantOnAFolderEveryPathIntoItIsRefused() throws Exception {
        grant("carol", calendar, MemberRights.FOLDER_VISIBLE | MemberRights.FREE_BUSY_SIMPLE);
        long root = alice.folderId(SpecialFolder.ROOT);
        long ipm = alice.folderId(SpecialFolder.IPM_SUBTREE);
        RopOpenFolderRequest openCalendar = new RopOpenFolderRequest(0, 0, 1, calendar, 0);

        for (long fid : List.of(inbox, root, ipm)) {
            assertThat(last("carol", new RopOpenFolderRequest(0, 0, 1, fid, 0))).as("open folder").isEqualTo(RopErrors.ACCESS_DENIED);
        }
        assertThat(last("carol", new RopOpenMessageRequest(0, 0, 1, 0x04B0, inbox, 0, budget))).as("open message")
                .isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", openCalendar, new RopGetContentsTableRequest(0, 1, 2, 0))).as("contents table")
                .isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopGetHierarchyTableRequest(0, 1, 2, 0))).as("hierarchy table").isEqualTo(RopErrors.NULL_OBJECT);
        assertThat(last("carol", openCalendar, new RopSynchronizationConfigureRequest(0, 1, 2,
                RopSynchronizationConfigureRequest.CONTENTS, 0, 0, new byte[0], 0, List.of()))).as("ICS download")
                .isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", openCalendar, new RopCreateMessageRequest(0, 1, 2, 0x04B0, calendar, false)))
                .as("create message").isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", openCalendar, new RopDeleteMessagesRequest(0, 1, false, false, List.of(budget))))
                .as("delete messages").isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", openCalendar, new RopCreateFolderRequest(0, 1, 2, 1, true, false, 0, "Mine", "")))
                .as("create folder").isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", openCalendar, new RopSetPropertiesRequest(0, 1,
                List.of(PropertyValue.of(PidTag.DISPLAY_NAME, "Renamed"))))).as("rename folder")
                .isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", openCalendar, new RopModifyPermissionsRequest(0, 1, 0, List.of(new PermissionData(
                0x02, List.of(PropertyValue.of(PermissionColumns.MEMBER_ID, PermissionEntry.DEFAULT_MEMBER),
                PropertyValue.of(PermissionColumns.MEMBER_RIGHTS, MemberRights.OWNER)))))))
                .as("modify permissions").isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", new RopRegisterNotificationRequest(0, 0, 1, 0x04, 0, true, 0, 0)))
                .as("notifications of the whole store").isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("carol", openCalendar, new RopGetHierarchyTableRequest(0, 1, 2, 0)))
                .as("the visible calendar lists its subfolders").isEqualTo(RopErrors.SUCCESS);
        assertThat(store.folder(alice, calendar).orElseThrow().displayName()).isEqualTo("Calendar");
        assertThat(store.message(alice, budget)).isPresent();
    }

    @Test
    void aReviewerReadsAndDownloadsButCannotWrite() throws Exception {
        grant("bob", inbox, MemberRights.REVIEWER);
        RopOpenFolderRequest openInbox = new RopOpenFolderRequest(0, 0, 1, inbox, 0);

        List<RopResponse> table = run("bob", List.of(openInbox, new RopGetContentsTableRequest(0, 1, 2, 0),
                new RopSetColumnsRequest(0, 2, 0, List.of(PidTag.SUBJECT, PidTag.MID)),
                new RopQueryRowsRequest(0, 2, 0, true, 10)));
        assertThat(((RopQueryRowsResponse) table.get(4)).rows()).extracting(r -> r.find(PidTag.SUBJECT.id())
                .orElseThrow().asString()).containsExactly("Budget");
        assertThat(last("bob", new RopOpenMessageRequest(0, 0, 1, 0x04B0, inbox, 0, budget))).isZero();
        RopResponse download = run("bob", List.of(openInbox, new RopSynchronizationConfigureRequest(0, 1, 2,
                RopSynchronizationConfigureRequest.CONTENTS, 0, 0, new byte[0], 0, List.of()),
                new RopFastTransferSourceGetBufferRequest(0, 2, 0x7000, 0))).getLast();
        assertThat(download).isInstanceOfSatisfying(RopFastTransferSourceGetBufferResponse.class,
                r -> assertThat(r.transferBuffer()).isNotEmpty());
        assertThat(last("bob", openInbox, new RopSetReadFlagsRequest(0, 1, false, 0x01, List.of(budget)))).isZero();

        assertThat(last("bob", openInbox, new RopCreateMessageRequest(0, 1, 2, 0x04B0, inbox, false)))
                .isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("bob", openInbox, new RopDeleteMessagesRequest(0, 1, false, false, List.of(budget))))
                .isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("bob", new RopOpenMessageRequest(0, 0, 1, 0x04B0, inbox, 0, budget),
                new RopSetPropertiesRequest(0, 1, List.of(PropertyValue.of(PidTag.SUBJECT, "Hacked")))))
                .isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("bob", new RopOpenMessageRequest(0, 0, 1, 0x04B0, inbox, 0, budget),
                new RopSubmitMessageRequest(0, 1, 0))).isEqualTo(RopErrors.ACCESS_DENIED);
        grant("bob", calendar, MemberRights.FOLDER_VISIBLE);
        assertThat(last("bob", openInbox, new RopOpenFolderRequest(0, 0, 2, calendar, 0),
                new RopMoveCopyMessagesRequest(0, 1, 2, List.of(budget), false, true)))
                .as("copy into a folder without Create").isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(store.message(alice, budget).orElseThrow().properties())
                .contains(PropertyValue.of(PidTag.SUBJECT, "Budget"));
        assertThat(store.messages(alice, inbox)).hasSize(1);
    }

    @Test
    void anEditorWritesAndAnAuthorChangesOnlyWhatItCreated() throws Exception {
        grant("bob", inbox, MemberRights.EDITOR);
        List<RopResponse> created = run("bob", List.of(new RopCreateMessageRequest(0, 0, 1, 0x04B0, inbox, false),
                new RopSetPropertiesRequest(0, 1, List.of(PropertyValue.of(PidTag.SUBJECT, "From Bob"))),
                new RopSaveChangesMessageRequest(0, 1, 1, 0)));
        long bobs = ((RopSaveChangesMessageResponse) created.getLast()).messageId();
        assertThat(store.message(alice, bobs)).isPresent();

        grant("bob", inbox, MemberRights.AUTHOR);
        assertThat(last("bob", new RopOpenMessageRequest(0, 0, 1, 0x04B0, inbox, 1, bobs),
                new RopSetPropertiesRequest(0, 1, List.of(PropertyValue.of(PidTag.SUBJECT, "From Bob, edited"))),
                new RopSaveChangesMessageRequest(0, 1, 1, 0))).as("edit own").isZero();
        assertThat(last("bob", new RopOpenMessageRequest(0, 0, 1, 0x04B0, inbox, 1, budget),
                new RopSetPropertiesRequest(0, 1, List.of(PropertyValue.of(PidTag.SUBJECT, "Edited"))))).as("edit alice's")
                .isEqualTo(RopErrors.ACCESS_DENIED);
        RopOpenFolderRequest openInbox = new RopOpenFolderRequest(0, 0, 1, inbox, 0);
        assertThat(last("bob", openInbox, new RopDeleteMessagesRequest(0, 1, false, false, List.of(budget))))
                .as("delete alice's").isEqualTo(RopErrors.ACCESS_DENIED);
        assertThat(last("bob", openInbox, new RopDeleteMessagesRequest(0, 1, false, false, List.of(bobs))))
                .as("delete own").isZero();
        assertThat(store.messages(alice, inbox)).extracting(m -> m.mid()).containsExactly(budget);
    }

    @Test
    void messagesDoNotMoveBetweenMailboxes() throws Exception {
        grant("bob", inbox, MemberRights.EDITOR);
        Mailbox bob = store.findMailbox("bob").orElseThrow();
        long bobsInbox = bob.folderId(SpecialFolder.INBOX);

        assertThat(last("bob", new RopLogonRequest(1, 1, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0, UserDn.of("bob")),
                new RopOpenFolderRequest(0, 0, 2, inbox, 0), new RopOpenFolderRequest(1, 1, 3, bobsInbox, 0),
                new RopMoveCopyMessagesRequest(0, 2, 3, List.of(budget), false, false)))
                .isEqualTo(RopErrors.NOT_SUPPORTED);
        assertThat(store.messages(alice, inbox)).extracting(m -> m.mid()).containsExactly(budget);
        assertThat(store.messages(bob, bobsInbox)).isEmpty();
    }

    @Test
    void theHierarchyTableShowsOnlyVisibleFolders() throws Exception {
        long ipm = alice.folderId(SpecialFolder.IPM_SUBTREE);
        grant("bob", ipm, MemberRights.FOLDER_VISIBLE);
        grant("bob", inbox, MemberRights.REVIEWER);

        List<RopResponse> out = run("bob", List.of(new RopOpenFolderRequest(0, 0, 1, ipm, 0),
                new RopGetHierarchyTableRequest(0, 1, 2, 0x04), new RopSetColumnsRequest(0, 2, 0, List.of(PidTag.DISPLAY_NAME)),
                new RopQueryRowsRequest(0, 2, 0, true, 50)));

        assertThat(((RopQueryRowsResponse) out.getLast()).rows())
                .extracting(r -> r.find(PidTag.DISPLAY_NAME.id()).orElseThrow().asString()).containsExactly("Inbox");

        RopResponse sync = run("bob", List.of(new RopOpenFolderRequest(0, 0, 1, ipm, 0),
                new RopSynchronizationConfigureRequest(0, 1, 2, RopSynchronizationConfigureRequest.HIERARCHY, 0, 0,
                        new byte[0], 0, List.of()), new RopFastTransferSourceGetBufferRequest(0, 2, 0x7000, 0))).getLast();
        byte[] buffer = ((RopFastTransferSourceGetBufferResponse) sync).transferBuffer();
        String stream = new String(buffer, java.nio.charset.StandardCharsets.UTF_16LE) + new String(buffer, 1,
                buffer.length - 1, java.nio.charset.StandardCharsets.UTF_16LE);
        assertThat(stream).as("hierarchy ICS").contains("Inbox").doesNotContain("Calendar").doesNotContain("Drafts");
    }

    @Test
    void theOwnerReadsAndChangesThePermissionsTable() throws Exception {
        byte[] bobEntryId = AddressBookEntryId.of(AddressBookEntryId.LOCAL_MAIL_USER, UserDn.of("bob")).encode();
        RopOpenFolderRequest openInbox = new RopOpenFolderRequest(0, 0, 1, inbox, 0);
        assertThat(last("alice", openInbox, modify(ModifyFlags.INCLUDE_FREE_BUSY,
                row(0x01, PropertyValue.of(PermissionColumns.ENTRY_ID, bobEntryId),
                        PropertyValue.of(PermissionColumns.MEMBER_RIGHTS, MemberRights.REVIEWER | MemberRights.FREE_BUSY_DETAILED)),
                row(0x02, PropertyValue.of(PermissionColumns.MEMBER_ID, PermissionEntry.DEFAULT_MEMBER),
                        PropertyValue.of(PermissionColumns.MEMBER_RIGHTS, MemberRights.FOLDER_VISIBLE))))).isZero();

        List<PropertyRow> rows = permissionsTable("alice", 0);
        long bob = store.permissions().memberId("bob");
        assertThat(rows).extracting(r -> r.values().get(0).asLong(), r -> r.values().get(1).asString(),
                r -> r.values().get(2).asInt()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0L, "", MemberRights.FOLDER_VISIBLE),
                        org.assertj.core.groups.Tuple.tuple(bob, "Bob Delegate", MemberRights.REVIEWER),
                        org.assertj.core.groups.Tuple.tuple(-1L, "Anonymous", 0));
        assertThat(rows.get(0).values().get(3).asBytes()).isEmpty();
        assertThat(AddressBookEntryId.decode(rows.get(1).values().get(3).asBytes()).x500Dn()).isEqualTo(UserDn.of("bob"));
        assertThat(permissionsTable("alice", 0x02).get(1).values().get(2).asInt())
                .as("IncludeFreeBusy").isEqualTo(MemberRights.REVIEWER | MemberRights.FREE_BUSY_DETAILED);
        assertThat(permissionsTable("bob", 0)).as("a reviewer may read the list").hasSize(3);

        assertThat(last("alice", openInbox, modify(0, row(0x04, PropertyValue.of(PermissionColumns.MEMBER_ID, bob)))))
                .isZero();
        assertThat(run("bob", List.of()).getFirst().returnValue()).as("the default user's FolderVisible remains").isZero();
        assertThat(last("alice", openInbox, modify(0, row(0x04, PropertyValue.of(PermissionColumns.MEMBER_ID, 0L)))))
                .isZero();
        assertThat(run("bob", List.of()).getFirst().returnValue()).isEqualTo(RopErrors.ACCESS_DENIED);
    }

    @Test
    void malformedPermissionChangesAreRejected() throws Exception {
        RopOpenFolderRequest openInbox = new RopOpenFolderRequest(0, 0, 1, inbox, 0);
        byte[] nobody = AddressBookEntryId.of(0, UserDn.of("nobody")).encode();

        assertThat(last("alice", openInbox, modify(0, row(0x01, PropertyValue.of(PermissionColumns.ENTRY_ID, nobody),
                PropertyValue.of(PermissionColumns.MEMBER_RIGHTS, 1))))).isEqualTo(RopErrors.NOT_FOUND);
        assertThat(last("alice", openInbox, modify(0, row(0x02, PropertyValue.of(PermissionColumns.MEMBER_ID, 4242L),
                PropertyValue.of(PermissionColumns.MEMBER_RIGHTS, 1))))).isEqualTo(RopErrors.NOT_FOUND);
        assertThat(last("alice", openInbox, modify(0, row(0x02, PropertyValue.of(PermissionColumns.MEMBER_ID, 0L),
                PropertyValue.of(PermissionColumns.MEMBER_RIGHTS, 0x04))))).isEqualTo(RopErrors.INVALID_PARAMETER);
        assertThat(last("alice", openInbox, modify(0, row(0x03, PropertyValue.of(PermissionColumns.MEMBER_ID, 0L),
                PropertyValue.of(PermissionColumns.MEMBER_RIGHTS, 1))))).isEqualTo(RopErrors.INVALID_PARAMETER);
        assertThat(last("alice", openInbox, modify(0x08))).isEqualTo(RopErrors.INVALID_PARAMETER);
        assertThat(store.permissions().list(alice, inbox)).isEmpty();
    }

    /** ModifyFlags of RopModifyPermissions, [MS-OXCPERM] 2.2.2.1. */
    private static final class ModifyFlags {
        static final int INCLUDE_FREE_BUSY = 0x02;
    }

    private static RopModifyPermissionsRequest modify(int flags, PermissionData... rows) {
        return new RopModifyPermissionsRequest(0, 1, flags, List.of(rows));
    }

    private static PermissionData row(int flags, PropertyValue... values) {
        return new PermissionData(flags, List.of(values));
    }

    private List<PropertyRow> permissionsTable(String user, int tableFlags) throws Exception {
        List<RopResponse> out = run(user, List.of(new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopGetPermissionsTableRequest(0, 1, 2, tableFlags), new RopSetColumnsRequest(0, 2, 0, MEMBER_COLUMNS),
                new RopQueryRowsRequest(0, 2, 0, true, 50)));
        return ((RopQueryRowsResponse) out.getLast()).rows();
    }

    private static void grant(String user, long fid, int rights) {
        store.permissions().modify(alice, fid, PermissionChanges.set(store.permissions().memberId(user), rights));
    }

    /** The ReturnValue of the last ROP after a logon to alice's mailbox as {@code user}. */
    private int last(String user, RopRequest... rops) throws Exception {
        return run(user, List.of(rops)).getLast().returnValue();
    }

    /** Logs on to alice's mailbox as {@code user} and runs {@code rops} in the same Execute. */
    private List<RopResponse> run(String user, List<RopRequest> rops) throws Exception {
        MapiHttpTestClient client = clients.get(user);
        if (client == null) {
            client = new MapiHttpTestClient(server.emsmdbUri(), user, user.charAt(0) + "-pass");
            client.connect();
            clients.put(user, client);
        }
        List<RopRequest> all = new ArrayList<>();
        all.add(LOGON_ALICE);
        all.addAll(rops);
        return client.execute(all, 4).rops();
    }
}
