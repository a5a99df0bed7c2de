package org.interchange.mapi.server.rop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopErrorResponse;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.rop.RopGetRulesTableRequest;
import org.interchange.mapi.codec.rop.RopGetRulesTableResponse;
import org.interchange.mapi.codec.rop.RopGetStatusRequest;
import org.interchange.mapi.codec.rop.RopGetStatusResponse;
import org.interchange.mapi.codec.rop.RopGetNamesFromPropertyIdsRequest;
import org.interchange.mapi.codec.rop.RopGetNamesFromPropertyIdsResponse;
import org.interchange.mapi.codec.rop.RopGetReceiveFolderRequest;
import org.interchange.mapi.codec.rop.RopGetReceiveFolderResponse;
import org.interchange.mapi.codec.rop.RopGetStoreStateRequest;
import org.interchange.mapi.codec.rop.RopGetStoreStateResponse;
import org.interchange.mapi.codec.rop.RopGetStreamSizeRequest;
import org.interchange.mapi.codec.rop.RopGetStreamSizeResponse;
import org.interchange.mapi.codec.rop.RopIdFromLongTermIdRequest;
import org.interchange.mapi.codec.rop.RopIdFromLongTermIdResponse;
import org.interchange.mapi.codec.rop.RopLongTermIdFromIdRequest;
import org.interchange.mapi.codec.rop.RopLongTermIdFromIdResponse;
import org.interchange.mapi.codec.rop.RopQueryPositionRequest;
import org.interchange.mapi.codec.rop.RopQueryPositionResponse;
import org.interchange.mapi.codec.rop.RopResetTableRequest;
import org.interchange.mapi.codec.rop.RopSeekRowRequest;
import org.interchange.mapi.codec.rop.RopSeekRowResponse;
import org.interchange.mapi.codec.rop.RopSeekStreamRequest;
import org.interchange.mapi.codec.rop.RopSeekStreamResponse;
import org.interchange.mapi.codec.rop.RopSortTableRequest;
import org.interchange.mapi.codec.property.SortOrder;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.codec.rop.RopGetAttachmentTableRequest;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableRequest;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.rop.RopGetPerUserGuidRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllResponse;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificResponse;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesRequest;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopOpenAttachmentRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenMessageRequest;
import org.interchange.mapi.codec.rop.RopOpenMessageResponse;
import org.interchange.mapi.codec.rop.RopOpenStreamRequest;
import org.interchange.mapi.codec.rop.RopOpenStreamResponse;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopReadStreamRequest;
import org.interchange.mapi.codec.rop.RopReadStreamResponse;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetReadFlagsRequest;
import org.interchange.mapi.codec.rop.RopSetReadFlagsResponse;
import org.interchange.mapi.codec.rop.TableColumns;
import org.interchange.mapi.codec.rop.UnsupportedRopException;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.codec.rpc.RpcHeaderExt;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.demo.DemoMailbox;
import org.interchange.mapi.server.rop.oxcprpt.GetPropertyIdsFromNamesHandler;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ROP handlers through {@link ExecuteProcessor}, on the demo mailbox in a real H2 store. */
class RopHandlersTest {
    static final RopLogonRequest LOGON = new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0,
            UserDn.of("demo"));

    @TempDir
    static Path dir;
    static MailboxStore store;
    static Mailbox demo;
    ExecuteProcessor processor;
    HandleTable table;

    @BeforeAll
    static void fill() {
        store = H2MailboxStore.open(dir);
        demo = DemoMailbox.ensure(store, Instant.parse("2026-11-29T12:00:00Z"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void session() {
        processor = new ExecuteProcessor(RopDispatcher.standard(Clock.systemUTC()), store);
        table = new HandleTable();
    }

    @Test
    void hierarchyTableWithDepthListsDescendants() {
        long ipm = demo.folderId(SpecialFolder.IPM_SUBTREE);
        List<PropertyTag> columns = List.of(PidTag.DISPLAY_NAME, PidTag.DEPTH, PidTag.CONTENT_COUNT);

        List<RopResponse> deep = run(List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, ipm, 0),
                new RopGetHierarchyTableRequest(0, 1, 2, 0x04), new RopSetColumnsRequest(0, 2, 0, columns),
                new RopQueryRowsRequest(0, 2, 0, true, 100)), 3);
        List<RopResponse> flat = run(List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, ipm, 0),
                new RopGetHierarchyTableRequest(0, 1, 2, 0), new RopSetColumnsRequest(0, 2, 0, columns),
                new RopQueryRowsRequest(0, 2, 0, true, 100)), 3);

        List<PropertyRow> rows = ((RopQueryRowsResponse) deep.get(4)).rows();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.find(PidTag.DISPLAY_NAME.id()).orElseThrow().asString()).isEqualTo("Projects");
            assertThat(r.find(PidTag.DEPTH.id()).orElseThrow().asInt()).isEqualTo(1);
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.find(PidTag.DISPLAY_NAME.id()).orElseThrow().asString()).isEqualTo("Inbox");
            assertThat(r.find(PidTag.DEPTH.id()).orElseThrow().asInt()).isZero();
            assertThat(r.find(PidTag.CONTENT_COUNT.id()).orElseThrow().asInt())
                    .isEqualTo(store.counts(demo, demo.folderId(SpecialFolder.INBOX)).total());
        });
        assertThat(((RopQueryRowsResponse) flat.get(4)).rows()).extracting(
                r -> r.find(PidTag.DISPLAY_NAME.id()).orElseThrow().asString()).doesNotContain("Projects")
                .contains("Inbox", "Calendar", "Contacts");
    }

    @Test
    void messagePropertiesAttachmentsAndStreams() {
        long inbox = demo.folderId(SpecialFolder.INBOX);
        MessageRecord withPhoto = store.messages(demo, inbox).stream().filter(m -> attachmentNamed(m, "sunset.png"))
                .findFirst().orElseThrow();
        byte[] png = store.attachments(demo, withPhoto.mid()).getFirst().properties().stream()
                .filter(p -> p.tag().equals(PidTag.ATTACH_DATA_BINARY)).findFirst().orElseThrow().asBytes();

        List<RopResponse> out = run(List.of(LOGON,
                new RopOpenMessageRequest(0, 0, 1, 0x04B0, inbox, 0, withPhoto.mid()),
                new RopGetPropertiesSpecificRequest(0, 1, 0, 1, List.of(PidTag.SUBJECT, PidTag.BIRTHDAY,
                        PidTag.MESSAGE_FLAGS)),
                new RopGetAttachmentTableRequest(0, 1, 2, 0),
                new RopSetColumnsRequest(0, 2, 0, List.of(PidTag.ATTACH_NUMBER, PidTag.ATTACH_LONG_FILENAME)),
                new RopQueryRowsRequest(0, 2, 0, true, 10),
                new RopOpenAttachmentRequest(0, 1, 3, 0, 0),
                new RopOpenStreamRequest(0, 3, 4, PidTag.ATTACH_DATA_BINARY, 0),
                RopReadStreamRequest.of(0, 4, 0x7000)), 5);

        RopOpenMessageResponse open = (RopOpenMessageResponse) out.get(1);
        assertThat(open.normalizedSubject().value()).isEqualTo("Photos from the weekend");
        assertThat(open.recipientCount()).isEqualTo(1);
        assertThat(open.recipientRows().getFirst().recipientRow().displayName()).isEqualTo(DemoMailbox.DISPLAY_NAME);
        List<PropertyValue> values = ((RopGetPropertiesSpecificResponse) out.get(2)).rowData().values();
        assertThat(values.get(0).asString()).isEqualTo("Photos from the weekend");
        assertThat(values.get(1).isError()).isTrue();
        assertThat(values.get(1).asInt()).isEqualTo(RopErrors.NOT_FOUND);
        assertThat(values.get(2).asInt() & PidTag.MSGFLAG_HASATTACH).isNotZero();
        PropertyRow attachmentRow = ((RopQueryRowsResponse) out.get(5)).rows().getFirst();
        assertThat(attachmentRow.find(PidTag.ATTACH_LONG_FILENAME.id()).orElseThrow().asString()).isEqualTo("sunset.png");
        assertThat(((RopOpenStreamResponse) out.get(7)).streamSize()).isEqualTo(png.length);
        assertThat(((RopReadStreamResponse) out.get(8)).data()).isEqualTo(png);
    }

    @Test
    void setReadFlagsClearsAndSetsMfReadOnMessagesOfTheFolder() {
        long inbox = demo.folderId(SpecialFolder.INBOX);
        MessageRecord message = store.messages(demo, inbox).getFirst();
        long otherFolderMid = store.messages(demo, demo.folderId(SpecialFolder.CONTACTS)).getFirst().mid();
        boolean wasRead = (message.messageFlags() & PidTag.MSGFLAG_READ) != 0;
        try {
            List<RopResponse> unread = run(List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                    new RopSetReadFlagsRequest(0, 1, false, 0x05, List.of(message.mid()))), 2);
            assertThat(unread.get(2)).isEqualTo(new RopSetReadFlagsResponse(1, 0, false));
            assertThat(store.message(demo, message.mid()).orElseThrow().messageFlags() & PidTag.MSGFLAG_READ).isZero();

            List<RopResponse> read = run(List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                    new RopSetReadFlagsRequest(0, 1, false, 0x00, List.of(message.mid(), otherFolderMid))), 2);
            assertThat(read.get(2)).isEqualTo(new RopSetReadFlagsResponse(1, 0, true));
            MessageRecord after = store.message(demo, message.mid()).orElseThrow();
            assertThat(after.messageFlags() & PidTag.MSGFLAG_READ).isNotZero();
            assertThat(after.state().readChangeNumber()).isNotEqualTo(message.state().readChangeNumber());
        } finally {
            store.setRead(demo, message.mid(), wasRead);
        }
    }

    @Test
    void getPropertiesAllReturnsStoredAndComputedValues() {
        MessageRecord any = store.messages(demo, demo.folderId(SpecialFolder.CONTACTS)).getFirst();

        List<RopResponse> out = run(List.of(LOGON,
                new RopOpenMessageRequest(0, 0, 1, 0x04B0, any.fid(), 0, any.mid()),
                new RopGetPropertiesAllRequest(0, 1, 0, 1)), 2);

        List<PropertyValue> all = ((RopGetPropertiesAllResponse) out.get(2)).propertyValues();
        assertThat(all).anySatisfy(v -> assertThat(v.tag()).isEqualTo(PidTag.MESSAGE_CLASS))
                .anySatisfy(v -> assertThat(v.tag()).isEqualTo(PidTag.MID))
                .anySatisfy(v -> assertThat(v.tag()).isEqualTo(PidTag.ENTRY_ID));
    }

    @Test
    void namedPropertiesAreLookedUpAndCreated() {
        int noteColor = store.namedPropertyId(demo, org.interchange.mapi.server.store.PropertyName.ofLid(
                PidLid.NOTE_COLOR.propertySet(), PidLid.NOTE_COLOR.lid()), false).orElseThrow();
        UUID custom = UUID.fromString("11111111-2222-3333-4444-555555555555");
        List<PropertyName> names = List.of(PropertyName.ofId(PidLid.NOTE_COLOR.propertySet(), PidLid.NOTE_COLOR.lid()),
                PropertyName.ofName(custom, "interchange-test"),
                PropertyName.ofId(GetPropertyIdsFromNamesHandler.PS_MAPI, 0x0037));

        var lookup = (RopGetPropertyIdsFromNamesResponse) run(List.of(LOGON,
                new RopGetPropertyIdsFromNamesRequest(0, 0, 0, names)), 1).get(1);
        var create = (RopGetPropertyIdsFromNamesResponse) run(List.of(LOGON,
                new RopGetPropertyIdsFromNamesRequest(0, 0, RopGetPropertyIdsFromNamesRequest.FLAG_CREATE, names)), 1)
                .get(1);

        assertThat(lookup.returnValue()).isEqualTo(RopErrors.WARN_WITH_ERRORS);
        assertThat(lookup.propertyIds()).containsExactly(noteColor, 0, 0x0037);
        assertThat(create.returnValue()).isZero();
        assertThat(create.propertyIds().get(1)).isGreaterThanOrEqualTo(0x8000);
    }

    @Test
    void unsupportedRopsAndBadHandlesGetErrorResponses() {
        List<RopRequest> known = List.of(LOGON, new RopGetPerUserGuidRequest(0, 0, new LongTermId(demo.replicaGuid(), 1, 0)),
                new RopQueryRowsRequest(0, 1, 0, true, 5), new RopReleaseRequest(0, 0),
                new RopGetPropertiesAllRequest(0, 0, 0, 1));
        byte[] rops = new RopRequestBuffer(known, new int[0]).encode();
        ByteWriter buffer = new ByteWriter();
        buffer.u16(rops.length + 3).bytes(rops, 2, rops.length - 2).u8(0x8A).u8(0).u8(0);
        buffer.i32(-1).i32(-1);

        List<RopResponse> out = decodeRaw(buffer.toByteArray(), known);

        assertThat(out).hasSize(4);
        assertThat(out.get(1).ropId()).isEqualTo(RopId.GET_PER_USER_GUID);
        assertThat(((RopErrorResponse) out.get(1)).returnValue()).as("no handler").isEqualTo(RopErrors.NOT_SUPPORTED);
        assertThat(((RopErrorResponse) out.get(2)).returnValue()).isEqualTo(RopErrors.NULL_OBJECT);
        assertThat(((RopErrorResponse) out.get(3)).returnValue()).as("released logon").isEqualTo(RopErrors.NULL_OBJECT);
        assertThat(table.size()).isZero();
    }

    @Test
    void queryRowsBeforeSetColumnsIsNullObject() {
        List<RopResponse> out = run(List.of(LOGON,
                new RopOpenFolderRequest(0, 0, 1, demo.folderId(SpecialFolder.INBOX), 0),
                new RopGetContentsTableRequest(0, 1, 2, 0), new RopQueryRowsRequest(0, 2, 0, true, 5)), 3);

        assertThat(((RopErrorResponse) out.get(3)).returnValue()).isEqualTo(RopErrors.NULL_OBJECT);
    }

    @Test
    void queryRowsFitsMaxRopOutAndContinuesFromTheCursor() {
        long inbox = demo.folderId(SpecialFolder.INBOX);
        List<PropertyTag> columns = List.of(PidTag.MID, PidTag.SUBJECT, PidTag.SENDER_NAME);
        List<RopRequest> rops = List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopGetContentsTableRequest(0, 1, 2, 0), new RopSetColumnsRequest(0, 2, 0, columns),
                new RopQueryRowsRequest(0, 2, 0, true, 200));
        ExecuteResponse small = processor.execute(request(rops, 3, 2000, ExecuteRequest.FLAG_NO_COMPRESSION), "demo", table);
        byte[] payload = ExtendedBuffers.unwrapSingle(small.ropBuffer());
        List<RopResponse> out = RopResponseBuffer.decode(payload, rops, TableColumns.none()).rops();
        int first = ((RopQueryRowsResponse) out.get(4)).rows().size();
        int[] handles = RopResponseBuffer.decode(payload, rops, TableColumns.none()).handles();

        List<RopRequest> next = List.of(new RopQueryRowsRequest(0, 2, 0, true, 5));
        byte[] more = new RopRequestBuffer(next, handles).encode();
        ExecuteResponse second = processor.execute(new ExecuteRequest(1, ExtendedBuffers.wrap(more, false, false),
                0x8000, new byte[0]), "demo", table);
        RopResponseBuffer nextRows = RopResponseBuffer.decode(ExtendedBuffers.unwrapSingle(second.ropBuffer()), next,
                handleIndex -> handleIndex == 2 ? java.util.Optional.of(columns) : java.util.Optional.empty());

        assertThat(payload.length).isLessThanOrEqualTo(2000);
        assertThat(first).isPositive().isLessThan(200);
        long expectedMid = store.messages(demo, inbox).get(first).mid();
        assertThat(((RopQueryRowsResponse) nextRows.rops().getFirst()).rows().getFirst()
                .find(PidTag.MID.id()).orElseThrow().asLong()).isEqualTo(expectedMid);
    }

    @Test
    void responsesAreCompressedUnlessTheClientSaysNo() {
        List<RopRequest> rops = List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, demo.folderId(SpecialFolder.INBOX), 0),
                new RopGetContentsTableRequest(0, 1, 2, 0), new RopSetColumnsRequest(0, 2, 0, List.of(PidTag.SUBJECT)),
                new RopQueryRowsRequest(0, 2, 0, true, 50));

        ExecuteResponse compressed = processor.execute(request(rops, 3, 0x8000, 0), "demo", table);
        ExecuteResponse plain = processor.execute(request(rops, 3, 0x8000, ExecuteRequest.FLAG_NO_COMPRESSION), "demo",
                table);

        assertThat(RpcHeaderExt.read(new ByteReader(compressed.ropBuffer())).isCompressed()).isTrue();
        assertThat(RpcHeaderExt.read(new ByteReader(plain.ropBuffer())).isCompressed()).isFalse();
        assertThat(ExtendedBuffers.unwrapSingle(compressed.ropBuffer()).length)
                .isEqualTo(ExtendedBuffers.unwrapSingle(plain.ropBuffer()).length);
    }

    @Test
    void rulesTableIsEmptyAndTablesAreComplete() {
        List<RopRequest> rops = List.of(LOGON,
                new RopOpenFolderRequest(0, 0, 1, demo.folderId(SpecialFolder.INBOX), 0),
                new RopGetRulesTableRequest(0, 1, 2, 0), new RopGetStatusRequest(0, 2),
                new RopSetColumnsRequest(0, 2, 0, List.of(PidTag.DISPLAY_NAME)),
                new RopQueryRowsRequest(0, 2, 0, true, 10), new RopGetStatusRequest(0, 1));

        List<RopResponse> out = run(rops, 3);

        assertThat(out.get(2)).isInstanceOf(RopGetRulesTableResponse.class);
        assertThat(((RopGetStatusResponse) out.get(3)).tableStatus()).isZero();
        assertThat(((RopQueryRowsResponse) out.get(5)).rows()).isEmpty();
        assertThat(((RopErrorResponse) out.get(6)).returnValue()).as("a folder is not a table")
                .isEqualTo(RopErrors.NOT_SUPPORTED);
    }

    @Test
    void maxRopOutIsUnsigned() {
        List<RopRequest> rops = List.of(LOGON, new RopGetReceiveFolderRequest(0, 0, ""));

        ExecuteResponse r = processor.execute(request(rops, 1, 0xFFFFFFFF, 0), "demo", table);

        List<RopResponse> out = RopResponseBuffer.decode(ExtendedBuffers.unwrapSingle(r.ropBuffer()), rops,
                TableColumns.none()).rops();
        assertThat(((RopGetReceiveFolderResponse) out.get(1)).folderId()).isEqualTo(demo.folderId(SpecialFolder.INBOX));
    }

    @Test
    void malformedRopBufferGivesRpcFormatError() {
        ExecuteResponse r = processor.execute(new ExecuteRequest(0, new byte[] {1, 2, 3}, 0x8000, new byte[0]), "demo",
                table);

        assertThat(r.errorCode()).isEqualTo(ExecuteProcessor.RPC_FORMAT);
    }

    @Test
    void tablesSortSeekReportPositionAndReset() {
        long inbox = demo.folderId(SpecialFolder.INBOX);
        int total = store.counts(demo, inbox).total();
        List<PropertyTag> columns = List.of(PidTag.SUBJECT, PidTag.MID);

        List<RopResponse> out = run(List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopGetContentsTableRequest(0, 1, 2, 0), new RopSetColumnsRequest(0, 2, 0, columns),
                new RopSortTableRequest(0, 2, 0, 0, 0, List.of(new SortOrder(PidTag.SUBJECT, SortOrder.ASCENDING))),
                new RopQueryRowsRequest(0, 2, 0, true, 5),
                new RopQueryPositionRequest(0, 2),
                new RopSeekRowRequest(0, 2, 2, -2, true),
                new RopQueryRowsRequest(0, 2, 0, true, 10),
                new RopQueryPositionRequest(0, 2),
                new RopSeekRowRequest(0, 2, 0, -3, true),
                new RopResetTableRequest(0, 2),
                new RopQueryRowsRequest(0, 2, 0, true, 1)), 3);

        List<String> subjects = ((RopQueryRowsResponse) out.get(5)).rows().stream()
                .map(r -> r.find(PidTag.SUBJECT.id()).orElseThrow().asString()).toList();
        String smallest = store.messages(demo, inbox).stream().map(m -> m.properties().stream()
                .filter(p -> p.tag().equals(PidTag.SUBJECT)).findFirst().orElseThrow().asString())
                .min(String.CASE_INSENSITIVE_ORDER).orElseThrow();
        assertThat(subjects).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).first().isEqualTo(smallest);
        assertThat(((RopQueryPositionResponse) out.get(6)).numerator()).isEqualTo(5);
        assertThat(((RopQueryPositionResponse) out.get(6)).denominator()).isEqualTo(total);
        assertThat(((RopSeekRowResponse) out.get(7)).rowsSought()).isEqualTo(total - 2 - 5);
        assertThat(((RopQueryRowsResponse) out.get(8)).rows()).hasSize(2);
        assertThat(((RopQueryRowsResponse) out.get(8)).origin()).isEqualTo(2);
        assertThat(((RopQueryPositionResponse) out.get(9)).numerator()).isEqualTo(total);
        RopSeekRowResponse beforeStart = (RopSeekRowResponse) out.get(10);
        assertThat(beforeStart.hasSoughtLess()).isTrue();
        assertThat(beforeStart.rowsSought()).isEqualTo(-total);
        assertThat(((RopErrorResponse) out.get(12)).returnValue()).as("columns dropped by reset")
                .isEqualTo(RopErrors.NULL_OBJECT);
    }

    @Test
    void storeIdsAndReceiveFolder() {
        long inbox = demo.folderId(SpecialFolder.INBOX);
        LongTermId longTerm = new LongTermId(demo.replicaGuid(), ExchangeIds.globalCounter(inbox), 0);

        List<RopResponse> out = run(List.of(LOGON, new RopGetReceiveFolderRequest(0, 0, "IPM.Note"),
                new RopLongTermIdFromIdRequest(0, 0, inbox), new RopIdFromLongTermIdRequest(0, 0, longTerm),
                new RopGetStoreStateRequest(0, 0),
                new RopIdFromLongTermIdRequest(0, 0, new LongTermId(UUID.randomUUID(), 5, 0))), 1);

        assertThat(((RopGetReceiveFolderResponse) out.get(1)).folderId()).isEqualTo(inbox);
        assertThat(((RopLongTermIdFromIdResponse) out.get(2)).longTermId()).isEqualTo(longTerm);
        assertThat(((RopIdFromLongTermIdResponse) out.get(3)).objectId()).isEqualTo(inbox);
        assertThat(((RopGetStoreStateResponse) out.get(4)).storeState()).isZero();
        assertThat(((RopErrorResponse) out.get(5)).returnValue()).isEqualTo(RopErrors.NOT_FOUND);
    }

    @Test
    void propertyNamesAndStreamSeeking() {
        int noteColor = store.namedPropertyId(demo, org.interchange.mapi.server.store.PropertyName.ofLid(
                PidLid.NOTE_COLOR.propertySet(), PidLid.NOTE_COLOR.lid()), false).orElseThrow();
        MessageRecord note = store.messages(demo, demo.folderId(SpecialFolder.NOTES)).getFirst();
        String body = note.properties().stream().filter(p -> p.tag().equals(PidTag.BODY)).findFirst().orElseThrow()
                .asString();

        List<RopResponse> out = run(List.of(LOGON,
                new RopGetNamesFromPropertyIdsRequest(0, 0, List.of(0x0037, noteColor, 0xFFF0)),
                new RopOpenMessageRequest(0, 0, 1, 0x04B0, note.fid(), 0, note.mid()),
                new RopOpenStreamRequest(0, 1, 2, PidTag.BODY, 0),
                new RopGetStreamSizeRequest(0, 2),
                new RopSeekStreamRequest(0, 2, 2, -4),
                RopReadStreamRequest.of(0, 2, 100),
                new RopSeekStreamRequest(0, 2, 0, -1)), 3);

        List<PropertyName> names = ((RopGetNamesFromPropertyIdsResponse) out.get(1)).propertyNames();
        assertThat(names.get(0)).isEqualTo(PropertyName.ofId(GetPropertyIdsFromNamesHandler.PS_MAPI, 0x0037));
        assertThat(names.get(1)).isEqualTo(PropertyName.ofId(PidLid.NOTE_COLOR.propertySet(), PidLid.NOTE_COLOR.lid()));
        assertThat(names.get(2).kind()).isEqualTo(PropertyName.NO_NAME);
        assertThat(((RopGetStreamSizeResponse) out.get(4)).streamSize()).isEqualTo(2L * body.length());
        assertThat(((RopSeekStreamResponse) out.get(5)).newPosition()).isEqualTo(2L * body.length() - 4);
        assertThat(((RopReadStreamResponse) out.get(6)).data()).isEqualTo(
                body.substring(body.length() - 2).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(((RopErrorResponse) out.get(7)).returnValue()).isEqualTo(RopErrors.STREAM_SEEK_ERROR);
    }

    private List<RopResponse> run(List<RopRequest> rops, int slots) {
        ExecuteResponse response = processor.execute(request(rops, slots, 0x8000, 0), "demo", table);
        assertThat(response.errorCode()).isZero();
        return RopResponseBuffer.decode(ExtendedBuffers.unwrapSingle(response.ropBuffer()), rops, TableColumns.none())
                .rops();
    }

    /**
     * Executes a hand-made request buffer and decodes the responses; the codec cannot decode the
     * trailing RopGetPerUserGuid error response, so its RopId, handle index and ReturnValue are read here.
     */
    private List<RopResponse> decodeRaw(byte[] ropRequestBuffer, List<RopRequest> known) {
        ExecuteResponse response = processor.execute(new ExecuteRequest(0,
                ExtendedBuffers.wrap(ropRequestBuffer, false, false), 0x8000, new byte[0]), "demo", table);
        byte[] payload = ExtendedBuffers.unwrapSingle(response.ropBuffer());
        try {
            return RopResponseBuffer.decode(payload, known, TableColumns.none()).rops();
        } catch (UnsupportedRopException e) {
            List<RopResponse> out = new ArrayList<>(e.responsesBefore());
            ByteReader tail = new ByteReader(payload, e.offset(), payload.length - e.offset());
            RopId id = RopId.fromCode(tail.u8()).orElseThrow();
            int handleIndex = tail.u8();
            out.add(new RopErrorResponse(id, handleIndex, tail.i32()));
            return out;
        }
    }

    private static ExecuteRequest request(List<RopRequest> rops, int slots, int maxRopOut, int flags) {
        int[] handles = new int[slots];
        Arrays.fill(handles, HandleTable.NO_HANDLE);
        return new ExecuteRequest(flags, ExtendedBuffers.wrap(new RopRequestBuffer(rops, handles).encode(), false, false),
                maxRopOut, new byte[0]);
    }

    private static boolean attachmentNamed(MessageRecord m, String name) {
        return m.hasAttachments() && store.attachments(demo, m.mid()).stream().map(AttachmentRecord::properties)
                .anyMatch(p -> p.contains(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, name)));
    }
}
