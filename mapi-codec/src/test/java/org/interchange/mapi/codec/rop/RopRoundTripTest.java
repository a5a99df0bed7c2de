package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.FlaggedPropertyRow;
import org.interchange.mapi.codec.property.FlaggedPropertyValue;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyProblem;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.property.TypedString;
import org.junit.jupiter.api.Test;

/** Every supported ROP through RopRequestBuffer and RopResponseBuffer and back. */
class RopRoundTripTest {
    private static final PropertyTag DISPLAY_NAME = new PropertyTag(0x3001001F);
    private static final PropertyTag FOLDER_ID = new PropertyTag(0x67480014);
    private static final PropertyTag CONTENT_COUNT = new PropertyTag(0x36020003);
    private static final PropertyTag OBJECT_TYPE = new PropertyTag(0x0FFE0003);
    private static final UUID GUID = UUID.fromString("c8f0d0b4-5ce2-4a5c-a9b8-2f26a1fa0a01");
    private static final List<Long> FOLDERS = LongStream.rangeClosed(1, 13).map(i -> i << 48 | 1).boxed().toList();

    private static List<RopRequest> requests() {
        return List.of(
                new RopLogonRequest(0, 0, 0x01, 0x0100040C, 0, "/o=First Organization/cn=Recipients/cn=user"),
                new RopOpenFolderRequest(0, 0, 1, FOLDERS.get(4), 0),
                new RopGetHierarchyTableRequest(0, 1, 2, 0x04),
                new RopSetColumnsRequest(0, 2, 0, List.of(FOLDER_ID, DISPLAY_NAME, CONTENT_COUNT)),
                new RopQueryRowsRequest(0, 2, 0, true, 100),
                new RopGetContentsTableRequest(0, 1, 3, 0),
                new RopFindRowRequest(0, 3, 0, hex("0400031f00370000"), 0, new byte[0]),
                new RopOpenMessageRequest(0, 1, 4, 1252, FOLDERS.get(4), 0, 0x0000000000010001L),
                new RopGetPropertiesSpecificRequest(0, 4, 0, 1, List.of(DISPLAY_NAME, CONTENT_COUNT)),
                new RopGetPropertiesAllRequest(0, 4, 0x1000, 1),
                new RopGetPropertyIdsFromNamesRequest(0, 4, 0x02, List.of(PropertyName.ofId(GUID, 0x8501),
                        PropertyName.ofName(GUID, "Keywords"))),
                new RopSetPropertiesRequest(0, 4, List.of(PropertyValue.of(DISPLAY_NAME, "x"))),
                new RopOpenStreamRequest(0, 4, 5, new PropertyTag(0x1000001F), 0),
                RopReadStreamRequest.of(0, 5, 4096),
                new RopReadStreamRequest(0, 5, RopReadStreamRequest.USE_MAXIMUM_BYTE_COUNT, 0x10000),
                new RopGetAttachmentTableRequest(0, 4, 6, 0),
                new RopOpenAttachmentRequest(0, 4, 7, 0, 3),
                new RopGetRulesTableRequest(0, 1, 8, 0),
                new RopRemoveAllRecipientsRequest(0, 4, 0),
                new RopModifyRecipientsRequest(0, 4, List.of(OBJECT_TYPE), List.of(
                        new ModifyRecipientRow(0, 1, recipient()), new ModifyRecipientRow(1, 1, null))),
                new RopSubmitMessageRequest(0, 4, 0),
                new RopRegisterNotificationRequest(0, 1, 9, 0x04, 0, true, 0, 0),
                new RopReleaseRequest(0, 9));
    }

    private static RecipientRow recipient() {
        return new RecipientRow(RecipientRow.TYPE_X500DN | RecipientRow.FLAG_D | RecipientRow.FLAG_U, 0, 0,
                "/o=First Organization/cn=Recipients/cn=user", null, null, null, null, "User", null, null,
                new StandardPropertyRow(List.of(OBJECT_TYPE), List.of(PropertyValue.of(OBJECT_TYPE, 6))));
    }

    private static List<RopResponse> responses() {
        List<PropertyTag> hierarchyColumns = List.of(FOLDER_ID, DISPLAY_NAME, CONTENT_COUNT);
        return List.of(
                new RopLogonPrivateMailboxResponse(0, 0x01, FOLDERS, 0x01 | 0x02, GUID, 1, GUID,
                        LogonTime.of(LocalDateTime.of(2026, 11, 29, 14, 38, 51)), 0x01DC60F2A0000000L, 0),
                new RopOpenFolderResponse(1, false, false, 0, List.of()),
                new RopGetHierarchyTableResponse(2, 12),
                new RopSetColumnsResponse(2, 0),
                new RopQueryRowsResponse(2, 0x02, List.of(
                        new StandardPropertyRow(hierarchyColumns, List.of(PropertyValue.of(FOLDER_ID, FOLDERS.get(5)),
                                PropertyValue.of(DISPLAY_NAME, "Outbox"), PropertyValue.of(CONTENT_COUNT, 0))),
                        new FlaggedPropertyRow(hierarchyColumns, List.of(
                                FlaggedPropertyValue.present(PropertyValue.of(FOLDER_ID, FOLDERS.get(6))),
                                FlaggedPropertyValue.present(PropertyValue.of(DISPLAY_NAME, "Sent Items")),
                                FlaggedPropertyValue.error(CONTENT_COUNT, 0x8004010F))))),
                new RopGetContentsTableResponse(3, 0),
                new RopErrorResponse(RopId.FIND_ROW, 3, 0x80040301),
                new RopOpenMessageResponse(4, true, TypedString.absent(), TypedString.of("Hello"), 1,
                        List.of(OBJECT_TYPE), List.of(new OpenRecipientRow(1, 1252, 0, recipient()))),
                new RopGetPropertiesSpecificResponse(4, new StandardPropertyRow(List.of(DISPLAY_NAME, CONTENT_COUNT),
                        List.of(PropertyValue.of(DISPLAY_NAME, "m"), PropertyValue.of(CONTENT_COUNT, 2)))),
                new RopGetPropertiesAllResponse(4, List.of(PropertyValue.of(DISPLAY_NAME, "m"))),
                new RopGetPropertyIdsFromNamesResponse(4, RopGetPropertyIdsFromNamesResponse.EC_WARN_WITH_ERRORS,
                        List.of(0x8001, 0x0000)),
                new RopSetPropertiesResponse(4, List.of(new PropertyProblem(0, DISPLAY_NAME, 0x80070005))),
                new RopOpenStreamResponse(5, 7),
                new RopReadStreamResponse(5, 0, "abcdefg".getBytes()),
                new RopReadStreamResponse(5, 0x80004005, new byte[0]),
                new RopGetAttachmentTableResponse(6),
                new RopOpenAttachmentResponse(7),
                new RopGetRulesTableResponse(8),
                new RopRemoveAllRecipientsResponse(4),
                new RopModifyRecipientsResponse(4),
                new RopSubmitMessageResponse(4),
                new RopRegisterNotificationResponse(9));
    }

    @Test
    void requestBufferRoundTrip() {
        RopRequestBuffer buffer = new RopRequestBuffer(requests(), new int[] {0x10, 0x11, -1, -1, -1, -1, -1, -1, -1, -1});
        byte[] bytes = buffer.encode();
        assertThat(bytes[0] & 0xFF | (bytes[1] & 0xFF) << 8).isEqualTo(bytes.length - 40);
        RopRequestBuffer decoded = RopRequestBuffer.decode(bytes);
        assertThat(decoded).isEqualTo(buffer);
        assertThat(decoded.encode()).isEqualTo(bytes);
    }

    @Test
    void responseBufferRoundTripUsesSetColumnsOfTheSameBuffer() {
        RopResponseBuffer buffer = new RopResponseBuffer(responses(), new int[] {0x10, 0x11, 0x12});
        byte[] bytes = buffer.encode();
        RopResponseBuffer decoded = RopResponseBuffer.decode(bytes, requests(), TableColumns.none());
        assertThat(decoded.rops()).usingRecursiveFieldByFieldElementComparator().isEqualTo(buffer.rops());
        assertThat(decoded.handles()).containsExactly(0x10, 0x11, 0x12);
        assertThat(decoded.encode()).isEqualTo(bytes);
    }

    @Test
    void queryRowsOnATableSetUpEarlierUsesTheSuppliedColumns() {
        List<PropertyTag> columns = List.of(DISPLAY_NAME);
        RopResponse rows = new RopQueryRowsResponse(0, 0, List.of(
                new StandardPropertyRow(columns, List.of(PropertyValue.of(DISPLAY_NAME, "Inbox")))));
        byte[] bytes = new RopResponseBuffer(List.of(rows), new int[] {7}).encode();

        RopResponseBuffer decoded = RopResponseBuffer.decode(bytes, List.of(new RopQueryRowsRequest(0, 0, 0, true, 10)),
                index -> index == 0 ? Optional.of(columns) : Optional.empty());

        assertThat(decoded.rops()).containsExactly(rows);
    }

    @Test
    void findRowWithARow() {
        List<PropertyTag> columns = List.of(DISPLAY_NAME);
        RopFindRowResponse found = new RopFindRowResponse(0, false,
                Optional.of(new StandardPropertyRow(columns, List.of(PropertyValue.of(DISPLAY_NAME, "a")))));
        byte[] bytes = new RopResponseBuffer(List.of(found), new int[0]).encode();
        RopResponseBuffer decoded = RopResponseBuffer.decode(bytes,
                List.of(new RopFindRowRequest(0, 0, 0, new byte[0], 0, new byte[0])), i -> Optional.of(columns));
        assertThat(decoded.rops()).containsExactly(found);
    }

    @Test
    void logonResponseForms() {
        RopRequest logon = new RopLogonRequest(0, 0, 0x00, 0x02, 0, null);
        List<RopResponse> forms = List.of(
                new RopLogonPublicFoldersResponse(0, 0x00, FOLDERS, 3, GUID, GUID),
                new RopLogonRedirectResponse(0, 0x01, "mail2.example.org"),
                new RopErrorResponse(RopId.LOGON, 0, 0x000003EB));
        for (RopResponse form : forms) {
            byte[] bytes = new RopResponseBuffer(List.of(form), new int[] {-1}).encode();
            RopResponseBuffer decoded = RopResponseBuffer.decode(bytes, List.of(logon), TableColumns.none());
            assertThat(decoded.rops()).containsExactly(form);
            assertThat(decoded.encode()).isEqualTo(bytes);
        }
    }

    @Test
    void redirectAndPrivateLogonLayouts() {
        ByteWriter redirect = new ByteWriter();
        new RopLogonRedirectResponse(0, 0x01, "ab").encode(redirect);
        assertThat(redirect.toByteArray()).isEqualTo(hex("fe 00 78040000 01 03 616200"));

        ByteWriter request = new ByteWriter();
        new RopLogonRequest(0, 0, 0x01, 0x0100040C, 0, "/o").encode(request);
        assertThat(request.toByteArray()).isEqualTo(hex("fe 00 00 01 0c040001 00000000 0300 2f6f00"));

        ByteWriter mailbox = new ByteWriter();
        responses().getFirst().encode(mailbox);
        assertThat(mailbox.size()).isEqualTo(6 + 1 + 13 * 8 + 1 + 16 + 2 + 16 + 8 + 8 + 4);
        assertThat(LogonTime.of(LocalDateTime.of(2026, 11, 29, 14, 38, 51)))
                .isEqualTo(new LogonTime(51, 38, 14, 0, 29, 11, 2026));
    }

    @Test
    void errorResponsesEchoTheResponseHandleIndex() {
        RopRequest open = new RopOpenFolderRequest(0, 1, 4, 5L, 0);
        assertThat(RopErrorResponse.of(open, 0x8004010F).handleIndex()).isEqualTo(4);
        RopRequest query = new RopQueryRowsRequest(0, 2, 0, true, 1);
        assertThat(RopErrorResponse.of(query, 0x8004010F).handleIndex()).isEqualTo(2);
        ByteWriter out = new ByteWriter();
        RopErrorResponse.of(open, 0x8004010F).encode(out);
        assertThat(out.toByteArray()).isEqualTo(hex("02 04 0f010480"));
    }
}
