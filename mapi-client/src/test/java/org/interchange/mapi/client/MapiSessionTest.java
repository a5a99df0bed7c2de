package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.client.internal.http.FakeMapiHttpServer;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableRequest;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MapiSessionTest {
    private static final String BIG_BODY = "Lorem ipsum dolor sit amet. ".repeat(3000);

    private FakeMapiHttpServer http;
    private FakeRopServer fake;
    private MapiSession session;

    @BeforeEach
    void start() throws Exception {
        http = new FakeMapiHttpServer();
        fake = new FakeRopServer();
        fake.install(http);
        for (int i = 1; i <= 7; i++) {
            Map<PropertyTag, Object> props = new LinkedHashMap<>();
            props.put(PidTag.SUBJECT, "Message " + i);
            props.put(PidTag.MESSAGE_FLAGS, i % 2);
            props.put(PidTag.BODY, i == 3 ? BIG_BODY : "short body " + i);
            List<FakeRopServer.Attachment> attachments = i == 3
                    ? List.of(new FakeRopServer.Attachment(0, "report.pdf", "application/pdf", bytes(70_000)),
                              new FakeRopServer.Attachment(1, "note.txt", "text/plain", "hi".getBytes()))
                    : List.of();
            fake.messages.add(new FakeRopServer.Message(0x1000L + i, FakeRopServer.INBOX, props, attachments));
        }
        session = MapiSession.connect(http.uri(), "alice", "pw".toCharArray(),
                MapiSessionOptions.builder().pageSize(3).userDn("/o=Fake/cn=alice").build());
    }

    @AfterEach
    void stop() {
        session.close();
        http.close();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private List<RopRequest> rops(int execute) {
        return fake.executes.get(execute).rops();
    }

    @Test
    void connectReportsTheUserAndLogonReturnsTheSpecialFolders() {
        assertThat(session.displayName()).isEqualTo("Fake User");

        Mailbox mailbox = session.logon();

        assertThat(mailbox.folderId(SpecialFolder.IPM_SUBTREE)).isEqualTo(FakeRopServer.IPM_SUBTREE);
        assertThat(mailbox.folderId(SpecialFolder.INBOX)).isEqualTo(FakeRopServer.INBOX);
        assertThat(mailbox.mailboxGuid()).isEqualTo(FakeRopServer.MAILBOX_GUID);
        RopLogonRequest logon = (RopLogonRequest) rops(0).getFirst();
        assertThat(logon.essdn()).isEqualTo("/o=Fake/cn=alice");
        assertThat(logon.logonFlags() & RopLogonRequest.LOGON_FLAG_PRIVATE).isNotZero();
        assertThat(logon.openFlags() & 0x01000000).as("USE_PER_MDB_REPLID_MAPPING").isNotZero();
        assertThat(session.logon()).isSameAs(mailbox);
        assertThat(fake.executeCount()).isEqualTo(1);
    }

    @Test
    void hierarchyIsOpenedAndReadInOneBatchThenPaged() {
        session.logon();

        List<FolderInfo> folders = session.folderHierarchy();

        assertThat(folders).extracting(FolderInfo::displayName)
                .containsExactly("Inbox", "Projects", "Archive", "Calendar", "Contacts");
        FolderInfo inbox = folders.getFirst();
        assertThat(inbox.folderId()).isEqualTo(FakeRopServer.INBOX);
        assertThat(inbox.parentFolderId()).isEqualTo(FakeRopServer.IPM_SUBTREE);
        assertThat(inbox.containerClass()).isEqualTo("IPF.Note");
        assertThat(inbox.contentCount()).isEqualTo(7);
        assertThat(inbox.hasSubfolders()).isTrue();
        assertThat(folders.get(2).depth()).isEqualTo(2);
        assertThat(folders.get(2).containerClass()).isEmpty();

        List<RopRequest> first = rops(1);
        assertThat(first).extracting(RopRequest::ropId).containsExactly(RopId.OPEN_FOLDER,
                RopId.GET_HIERARCHY_TABLE, RopId.SET_COLUMNS, RopId.QUERY_ROWS);
        RopOpenFolderRequest open = (RopOpenFolderRequest) first.get(0);
        RopGetHierarchyTableRequest table = (RopGetHierarchyTableRequest) first.get(1);
        assertThat(open.folderId()).isEqualTo(FakeRopServer.IPM_SUBTREE);
        assertThat(table.inputHandleIndex()).isEqualTo(open.outputHandleIndex());
        assertThat(table.tableFlags() & 0x04).as("Depth").isNotZero();
        assertThat(first.get(2).inputHandleIndex()).isEqualTo(table.outputHandleIndex());
        assertThat(first.get(3).inputHandleIndex()).isEqualTo(table.outputHandleIndex());
        assertThat(((RopQueryRowsRequest) first.get(3)).rowCount()).isEqualTo(3);
        assertThat(fake.executes.get(1).handles()[open.inputHandleIndex()])
                .as("the logon handle travels in the handle table").isNotEqualTo(0xFFFFFFFF);
        assertThat(fake.executes.get(1).handles()[open.outputHandleIndex()]).isEqualTo(0xFFFFFFFF);
        assertThat(rops(2)).extracting(RopRequest::ropId).containsExactly(RopId.QUERY_ROWS);
        assertThat(fake.executeCount()).isEqualTo(3);
    }

    @Test
    void releasesRideInTheNextRequest() {
        session.folderHierarchy();
        int before = fake.executeCount();

        session.resolveNamedProperties(List.of(PidLid.LOCATION));

        List<RopRequest> next = rops(before);
        assertThat(next).extracting(RopRequest::ropId).containsExactly(RopId.RELEASE, RopId.RELEASE,
                RopId.GET_PROPERTY_IDS_FROM_NAMES);
        assertThat(fake.released).hasSize(2);
        RopRequestBuffer buffer = fake.executes.get(before);
        for (RopRequest r : next.subList(0, 2)) {
            assertThat(buffer.handles()[((RopReleaseRequest) r).inputHandleIndex()]).isNotEqualTo(0xFFFFFFFF);
        }
    }

    @Test
    void contentsTablePagesUntilTheEnd() {
        List<PropertyTag> columns = List.of(PidTag.MID, PidTag.SUBJECT, PidTag.MESSAGE_FLAGS);
        List<String> subjects = new ArrayList<>();
        int executesBefore;
        try (MapiTable table = session.contentsTable(FakeRopServer.INBOX, columns)) {
            executesBefore = fake.executeCount();
            assertThat(table.rowCount()).isEqualTo(7);
            assertThat(table.columns()).isEqualTo(columns);
            for (List<PropertyBag> page = table.nextPage(); !page.isEmpty(); page = table.nextPage()) {
                assertThat(page.size()).isLessThanOrEqualTo(3);
                page.forEach(row -> subjects.add(row.string(PidTag.SUBJECT)));
            }
            assertThat(table.nextPage()).isEmpty();
        }
        assertThat(subjects).containsExactly("Message 1", "Message 2", "Message 3", "Message 4", "Message 5",
                "Message 6", "Message 7");
        assertThat(fake.executeCount() - executesBefore).as("two more QueryRows after the first page").isEqualTo(2);
        List<RopRequest> open = rops(1);
        assertThat(open).extracting(RopRequest::ropId).containsExactly(RopId.OPEN_FOLDER,
                RopId.GET_CONTENTS_TABLE, RopId.SET_COLUMNS, RopId.QUERY_ROWS);
        assertThat(((RopSetColumnsRequest) open.get(2)).propertyTags()).isEqualTo(columns);
        assertThat(((RopGetContentsTableRequest) open.get(1)).tableFlags() & 0x02).as("not associated").isZero();
    }

    @Test
    void readAllReturnsEveryRow() {
        try (MapiTable table = session.contentsTable(FakeRopServer.INBOX, List.of(PidTag.MID))) {
            assertThat(table.readAll()).extracting(r -> r.number(PidTag.MID, 0))
                    .containsExactly(0x1001L, 0x1002L, 0x1003L, 0x1004L, 0x1005L, 0x1006L, 0x1007L);
        }
    }

    @Test
    void openMessageBatchesPropertiesAndAttachmentTable() {
        session.logon();
        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x1001L)) {
            assertThat(rops(1)).extracting(RopRequest::ropId).containsExactly(RopId.OPEN_MESSAGE,
                    RopId.GET_PROPERTIES_ALL, RopId.GET_ATTACHMENT_TABLE, RopId.SET_COLUMNS, RopId.QUERY_ROWS);
            assertThat(message.properties().string(PidTag.SUBJECT)).isEqualTo("Message 1");
            assertThat(message.body()).contains("short body 1");
            assertThat(message.attachments()).isEmpty();
            assertThat(message.html()).as("absent from GetPropertiesAll means none").isEmpty();
        }
        assertThat(fake.executeCount()).isEqualTo(2);
    }

    @Test
    void recipientsComeWithTheOpenedMessage() {
        fake.messages.add(new FakeRopServer.Message(0x3001L, FakeRopServer.INBOX, Map.of(PidTag.SUBJECT, "Hi"),
                List.of(), List.of(new FakeRopServer.Recipient(MapiRecipient.TO, "Bob", "bob@example.org"),
                        new FakeRopServer.Recipient(MapiRecipient.CC, "Carol", "carol@example.org"))));

        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x3001L)) {
            assertThat(message.recipients()).containsExactly(
                    new MapiRecipient(MapiRecipient.TO, "Bob", "bob@example.org", "SMTP"),
                    new MapiRecipient(MapiRecipient.CC, "Carol", "carol@example.org", "SMTP"));
            assertThat(message.recipientsComplete()).isTrue();
        }
        fake.extraRecipients = 5;
        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x3001L)) {
            assertThat(message.recipients()).hasSize(2);
            assertThat(message.recipientsComplete()).isFalse();
        }
    }

    @Test
    void largeBodyIsStreamedInChunks() {
        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x1003L)) {
            assertThat(message.properties().get(PidTag.BODY)).as("too big to come inline").isEmpty();
            int before = fake.executeCount();

            assertThat(message.body()).contains(BIG_BODY);

            assertThat(rops(before)).extracting(RopRequest::ropId).containsExactly(RopId.RELEASE,
                    RopId.OPEN_STREAM, RopId.READ_STREAM);
            int streamedBytes = (BIG_BODY.length() + 1) * 2;
            int chunk = MapiSessionOptions.defaults().streamChunkSize();
            assertThat(fake.executeCount() - before).isEqualTo((streamedBytes + chunk - 1) / chunk);
            assertThat(message.body()).as("cached").contains(BIG_BODY);
            assertThat(fake.executeCount() - before).isEqualTo((streamedBytes + chunk - 1) / chunk);
        }
    }

    @Test
    void chainedReadStreamBuffersAreConsumed() {
        fake.chainReads = true;
        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x1003L)) {
            int before = fake.executeCount();
            assertThat(message.body()).contains(BIG_BODY);
            assertThat(fake.executeCount() - before).isEqualTo(1);
        }
    }

    @Test
    void attachmentsAreListedAndReadThroughStreams() {
        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x1003L)) {
            assertThat(message.attachments()).extracting(AttachmentInfo::fileName)
                    .containsExactly("report.pdf", "note.txt");
            AttachmentInfo pdf = message.attachments().getFirst();
            assertThat(pdf.mimeType()).isEqualTo("application/pdf");
            assertThat(pdf.size()).isEqualTo(70_000);
            int before = fake.executeCount();

            assertThat(message.attachmentData(0)).isEqualTo(bytes(70_000));
            assertThat(rops(before)).extracting(RopRequest::ropId).contains(RopId.OPEN_ATTACHMENT,
                    RopId.OPEN_STREAM, RopId.READ_STREAM);
            assertThat(message.attachmentData(1)).isEqualTo("hi".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void openMessageWithTagsUsesGetPropertiesSpecific() {
        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x1002L,
                List.of(PidTag.SUBJECT, PidTag.MESSAGE_FLAGS))) {
            assertThat(rops(1).get(1).ropId()).isEqualTo(RopId.GET_PROPERTIES_SPECIFIC);
            assertThat(message.properties().number(PidTag.MESSAGE_FLAGS, -1)).isZero();
            assertThat(message.body()).as("not asked for, so streamed").contains("short body 2");
        }
    }

    @Test
    void missingMessageIsAnOperationErrorNamingTheFirstFailedRop() {
        session.logon();
        assertThatThrownBy(() -> session.openMessage(FakeRopServer.INBOX, 0x9999L))
                .isInstanceOf(MapiOperationException.class)
                .hasMessageContaining("RopOpenMessage")
                .extracting(e -> ((MapiOperationException) e).errorCode()).isEqualTo(FakeRopServer.NOT_FOUND);
    }

    @Test
    void missingFolderReleasesNothingItDidNotOpen() {
        assertThatThrownBy(() -> session.contentsTable(0x4242L, List.of(PidTag.MID)))
                .isInstanceOf(MapiOperationException.class)
                .hasMessageContaining("RopOpenFolder");

        session.resolveNamedProperties(List.of(PidLid.LOCATION));

        assertThat(rops(fake.executeCount() - 1)).extracting(RopRequest::ropId)
                .containsExactly(RopId.GET_PROPERTY_IDS_FROM_NAMES);
        assertThat(fake.released).isEmpty();
    }

    @Test
    void namedPropertiesResolveAndFeedLaterPropertyBags() {
        fake.namedIds.put(PidLid.LOCATION, 0x8123);

        NamedPropertyIds ids = session.resolveNamedProperties(List.of(PidLid.LOCATION, PidLid.TASK_STATUS));

        assertThat(ids.tagOf(PidLid.LOCATION)).contains(PropertyTag.of(0x8123, PidLid.LOCATION.type()));
        assertThat(ids.tagOf(PidLid.TASK_STATUS)).isEmpty();
        int executes = fake.executeCount();
        NamedPropertyIds again = session.resolveNamedProperties(List.of(PidLid.TASK_STATUS, PidLid.LOCATION));
        assertThat(fake.executeCount()).as("remembered for the session").isEqualTo(executes);
        assertThat(again.tagOf(PidLid.LOCATION)).contains(PropertyTag.of(0x8123, PidLid.LOCATION.type()));
        assertThat(again.tagOf(PidLid.TASK_STATUS)).isEmpty();

        Map<PropertyTag, Object> props = new LinkedHashMap<>();
        props.put(PidTag.SUBJECT, "Meeting");
        props.put(PropertyTag.of(0x8123, PidLid.LOCATION.type()), "Room 1");
        fake.messages.add(new FakeRopServer.Message(0x2001L, FakeRopServer.INBOX, props, List.of()));
        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x2001L)) {
            assertThat(message.properties().string(PidLid.LOCATION)).isEqualTo("Room 1");
        }
    }

    @Test
    void unansweredRequestsAreResentAfterBufferTooSmall() {
        session.logon();
        fake.bufferTooSmallAfter = 2;

        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x1003L)) {
            assertThat(message.attachments()).hasSize(2);
            assertThat(message.properties().string(PidTag.SUBJECT)).isEqualTo("Message 3");
        }
        assertThat(rops(2)).extracting(RopRequest::ropId).containsExactly(RopId.GET_ATTACHMENT_TABLE,
                RopId.SET_COLUMNS, RopId.QUERY_ROWS);
        int messageSlot = rops(2).getFirst().inputHandleIndex();
        assertThat(fake.executes.get(2).handles()[messageSlot]).as("the opened message's handle is sent back")
                .isNotEqualTo(0xFFFFFFFF);
    }

    @Test
    void aResentQueryRowsStillKnowsTheColumnsSetBeforeIt() {
        session.logon();
        fake.bufferTooSmallAfter = 4;

        try (MapiMessage message = session.openMessage(FakeRopServer.INBOX, 0x1003L)) {
            assertThat(message.attachments()).extracting(AttachmentInfo::fileName)
                    .containsExactly("report.pdf", "note.txt");
        }
        assertThat(rops(2)).extracting(RopRequest::ropId).containsExactly(RopId.QUERY_ROWS);
    }

    @Test
    void backoffIsAServerBusyErrorWithTheDelay() {
        session.logon();
        fake.backoffMillis = 1500;

        assertThatThrownBy(session::folderHierarchy)
                .isInstanceOf(MapiServerBusyException.class)
                .extracting(e -> ((MapiServerBusyException) e).retryAfter()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void closeDisconnectsAndTheSessionRefusesFurtherCalls() {
        session.logon();
        session.close();

        assertThat(http.received.getLast().header("X-RequestType")).isEqualTo("Disconnect");
        assertThatThrownBy(session::folderHierarchy).isInstanceOf(IllegalStateException.class);
    }
}
