package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.interchange.mapi.codec.rop.RopBytes.bytes;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyProblem;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.SortOrder;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.property.TypedString;
import org.junit.jupiter.api.Test;

/** The message, folder, table, stream and id ROPs beyond the first set, both directions. */
class MoreRopsRoundTripTest {
    private static final PropertyTag SUBJECT = new PropertyTag(0x0037001F);
    private static final UUID GUID = UUID.fromString("00020329-0000-0000-c000-000000000046");

    private static List<RopRequest> requests() {
        return List.of(
                new RopCreateMessageRequest(0, 0, 1, 0x0FFF, 0x0001000000000123L, false),
                new RopSaveChangesMessageRequest(0, 1, 1, 0x0A),
                new RopOpenEmbeddedMessageRequest(0, 1, 2, 0x0FFF, 0x02),
                new RopCreateAttachmentRequest(0, 1, 3),
                new RopSaveChangesAttachmentRequest(0, 3, 3, 0x0A),
                new RopDeleteAttachmentRequest(0, 1, 4),
                new RopCreateFolderRequest(0, 0, 4, 1, true, true, 0, "Projects", "work"),
                new RopCreateFolderRequest(0, 0, 5, 1, false, false, 0, "Old", ""),
                new RopDeleteFolderRequest(0, 0, 0x05, 0x0001000000000456L),
                new RopDeleteMessagesRequest(0, 0, false, true, List.of(1L, 2L)),
                new RopHardDeleteMessagesRequest(0, 0, false, false, List.of(3L)),
                new RopEmptyFolderRequest(0, 0, false, true),
                new RopMoveCopyMessagesRequest(0, 0, 4, List.of(5L), false, true),
                new RopGetReceiveFolderRequest(0, 0, "IPM.Note"),
                new RopGetStoreStateRequest(0, 0),
                new RopLongTermIdFromIdRequest(0, 0, 0x0951330000000001L),
                new RopIdFromLongTermIdRequest(0, 0, new LongTermId(GUID, 0x335109, 0)),
                new RopGetContentsTableRequest(0, 0, 6, 0),
                new RopSortTableRequest(0, 6, 0, 0, 0, List.of(new SortOrder(new PropertyTag(0x0E060040), SortOrder.DESCENDING))),
                new RopRestrictRequest(0, 6, 0, hex("0400031f00370000")),
                new RopSeekRowRequest(0, 6, 0, 10, true),
                new RopQueryPositionRequest(0, 6),
                new RopGetStatusRequest(0, 6),
                new RopResetTableRequest(0, 6),
                new RopQueryColumnsAllRequest(0, 6),
                new RopGetPermissionsTableRequest(0, 0, 7, 0x02),
                new RopOpenStreamRequest(0, 1, 8, new PropertyTag(0x1000001F), 1),
                new RopWriteStreamRequest(0, 8, hex("68656c6c6f")),
                new RopCommitStreamRequest(0, 8),
                new RopGetStreamSizeRequest(0, 8),
                new RopSetStreamSizeRequest(0, 8, 5),
                new RopSeekStreamRequest(0, 8, 0, 2),
                new RopDeletePropertiesRequest(0, 1, List.of(SUBJECT)),
                new RopGetPropertiesListRequest(0, 1),
                new RopGetNamesFromPropertyIdsRequest(0, 1, List.of(0x8001)),
                new RopSetPropertiesNoReplicateRequest(0, 0, List.of(PropertyValue.of(SUBJECT, "x"))),
                new RopDeletePropertiesNoReplicateRequest(0, 0, List.of(SUBJECT)),
                new RopSetReadFlagsRequest(0, 0, false, 0x04, List.of(7L, 8L)),
                new RopReadRecipientsRequest(0, 1, 0, 0));
    }

    private static List<RopResponse> responses() {
        return List.of(
                new RopCreateMessageResponse(1, OptionalLong.empty()),
                new RopSaveChangesMessageResponse(1, 1, 0x0001000000000789L),
                new RopOpenEmbeddedMessageResponse(2, 0, 0x0001000000000790L, new RopOpenMessageResponse(2, false,
                        TypedString.absent(), TypedString.of("inner"), 0, List.of(), List.of())),
                new RopCreateAttachmentResponse(3, 0),
                new RopSaveChangesAttachmentResponse(3),
                new RopDeleteAttachmentResponse(1),
                RopCreateFolderResponse.existing(4, 0x0001000000000457L, true),
                new RopCreateFolderResponse(5, 0x0001000000000458L, Optional.empty()),
                new RopDeleteFolderResponse(0, 0, false),
                new RopDeleteMessagesResponse(0, 0x80070005, true),
                new RopHardDeleteMessagesResponse(0, 0, false),
                new RopEmptyFolderResponse(0, 0, false),
                new RopMoveCopyMessagesResponse(0, RopMoveCopyMessagesResponse.EC_DST_NULL_OBJECT, 4, true),
                new RopGetReceiveFolderResponse(0, 0x0001000000000005L, "IPM"),
                new RopGetStoreStateResponse(0, 0),
                new RopLongTermIdFromIdResponse(0, new LongTermId(GUID, 0x335109, 0)),
                new RopIdFromLongTermIdResponse(0, 0x0951330000000001L),
                new RopGetContentsTableResponse(6, 2),
                new RopSortTableResponse(6, 0),
                new RopRestrictResponse(6, 0),
                new RopSeekRowResponse(6, true, 2),
                new RopQueryPositionResponse(6, 2, 2),
                new RopGetStatusResponse(6, 0),
                new RopResetTableResponse(6),
                new RopQueryColumnsAllResponse(6, List.of(SUBJECT)),
                new RopGetPermissionsTableResponse(7),
                new RopOpenStreamResponse(8, 0),
                new RopWriteStreamResponse(8, 0, 5),
                new RopCommitStreamResponse(8),
                new RopGetStreamSizeResponse(8, 5),
                new RopSetStreamSizeResponse(8),
                new RopSeekStreamResponse(8, 2),
                new RopDeletePropertiesResponse(1, List.of(new PropertyProblem(0, SUBJECT, 0x80070005))),
                new RopGetPropertiesListResponse(1, List.of(SUBJECT)),
                new RopGetNamesFromPropertyIdsResponse(1, List.of(PropertyName.ofName(GUID, "Keywords"))),
                new RopSetPropertiesNoReplicateResponse(0, List.of()),
                new RopDeletePropertiesNoReplicateResponse(0, List.of(new PropertyProblem(0, SUBJECT, 0x8004010F))),
                new RopSetReadFlagsResponse(0, 0, false),
                new RopReadRecipientsResponse(1, List.of(ReadRecipientRow.of(0, 1, 1252, recipient()))));
    }

    private static final PropertyTag OBJECT_TYPE = new PropertyTag(0x0FFE0003);

    private static RecipientRow recipient() {
        return new RecipientRow(0x3 | RecipientRow.FLAG_E | RecipientRow.FLAG_U, 0, 0, null, null, null, null,
                "a@example.org", null, null, null,
                new StandardPropertyRow(List.of(OBJECT_TYPE), List.of(PropertyValue.of(OBJECT_TYPE, 6))));
    }

    @Test
    void requestsRoundTrip() {
        RopRequestBuffer buffer = new RopRequestBuffer(requests(), new int[] {0x21, 0x22});
        byte[] bytes = buffer.encode();
        assertThat(RopRequestBuffer.decode(bytes)).isEqualTo(buffer);
    }

    @Test
    void responsesRoundTrip() {
        RopResponseBuffer buffer = new RopResponseBuffer(responses(), new int[] {0x21, 0x22});
        byte[] bytes = buffer.encode();
        RopResponseBuffer decoded = RopResponseBuffer.decode(bytes, requests(), TableColumns.none());
        assertThat(decoded).isEqualTo(buffer);
        assertThat(decoded.encode()).isEqualTo(bytes);
    }

    @Test
    void readRecipientRowsDecodeWithTheOpenMessageColumns() {
        ReadRecipientRow row = ReadRecipientRow.of(0, 1, 1252, recipient());
        assertThat(row.recipientRow(List.of(OBJECT_TYPE, SUBJECT)).emailAddress()).isEqualTo("a@example.org");
        assertThat(row.recipientRow(List.of(OBJECT_TYPE, SUBJECT)).recipientProperties().values())
                .containsExactly(PropertyValue.of(OBJECT_TYPE, 6));
        assertThat(bytes(new RopSetReadFlagsRequest(0, 0, false, 0x04, List.of(7L))))
                .isEqualTo(hex("66 00 00 00 04 0100 0700000000000000"));
    }

    @Test
    void layoutsWithUnusualFieldOrder() {
        assertThat(bytes(new RopSaveChangesMessageRequest(0, 2, 1, 0x0A))).isEqualTo(hex("0c 00 02 01 0a"));
        assertThat(new RopSaveChangesMessageRequest(0, 2, 1, 0x0A).responseHandleIndex()).isEqualTo(2);
        assertThat(bytes(new RopSaveChangesMessageResponse(2, 1, 7L))).isEqualTo(hex("0c 02 00000000 01 0700000000000000"));
        assertThat(bytes(new RopMoveCopyMessagesRequest(0, 1, 2, List.of(9L), false, true)))
                .isEqualTo(hex("33 00 01 02 0100 0900000000000000 00 01"));
        assertThat(bytes(new RopMoveCopyMessagesResponse(1, 0x503, 2, false)))
                .isEqualTo(hex("33 01 03050000 02000000 00"));
        assertThat(bytes(new RopDeleteMessagesResponse(0, 0x80070005, true))).isEqualTo(hex("1e 00 05000780 01"));
        assertThat(bytes(new RopWriteStreamResponse(0, 0x80030005, 0))).isEqualTo(hex("2d 00 05000380 0000"));
        assertThat(bytes(new RopCreateMessageResponse(1, OptionalLong.of(5)))).isEqualTo(hex("06 01 00000000 01 0500000000000000"));
        assertThat(bytes(new RopLongTermIdFromIdResponse(0, new LongTermId(GUID, 0x335109, 0))))
                .isEqualTo(hex("43 00 00000000 29030200 0000 0000 c000000000000046 000000335109 0000"));
        assertThat(bytes(new RopCreateFolderRequest(0, 0, 1, 1, false, false, 0, "A", "")))
                .isEqualTo(hex("1c 00 00 01 01 00 00 00 4100 00"));
        assertThat(bytes(new RopSortTableRequest(0, 0, 0, 0, 0, List.of(new SortOrder(new PropertyTag(0x0E060040), 1)))))
                .isEqualTo(hex("13 00 00 00 0100 0000 0000 4000060e 01"));
    }

    @Test
    void unsolicitedResponsesAreDecodedInPlaceAndMatchNoRequest() {
        byte[] unprocessed = bytes(new RopGetStatusRequest(0, 1));
        List<RopResponse> responses = List.of(
                new RopPendingResponse(3),
                new RopGetStatusResponse(6, 0),
                new RopBackoffResponse(0, 500, List.of(new BackoffRop(0x15, 250)), hex("aa")),
                new RopBufferTooSmallResponse(0x1000, unprocessed));
        RopResponseBuffer buffer = new RopResponseBuffer(responses, new int[] {1});
        byte[] encoded = buffer.encode();
        assertThat(encoded).containsSequence(hex("6e 0300"));
        assertThat(encoded).containsSequence(hex("ff 0010 16 00 01"));
        assertThat(encoded).containsSequence(hex("f9 00 f4010000 01 15 fa000000 0100 aa"));

        RopResponseBuffer decoded = RopResponseBuffer.decode(encoded,
                List.of(new RopGetStatusRequest(0, 6), new RopGetStatusRequest(0, 1)), TableColumns.none());

        assertThat(decoded).isEqualTo(buffer);
        assertThat(((RopBufferTooSmallResponse) decoded.rops().get(3)).requestBuffers()).isEqualTo(unprocessed);
        assertThat(decoded.rops()).allSatisfy(r -> assertThat(r.returnValue()).isZero());
    }

    @Test
    void notifyIsDecodedInPlaceAfterTheResponses() {
        byte[] buffer = hex("1300 16 00 00000000 00 2a 05000000 00 0001 0100");
        RopResponseBuffer decoded = RopResponseBuffer.decode(buffer, List.of(new RopGetStatusRequest(0, 0)));
        assertThat(decoded.rops()).containsExactly(new RopGetStatusResponse(0, 0),
                new RopNotifyResponse(5, 0, NotificationData.tableChanged(NotificationData.TABLE_CHANGED)));
        assertThat(decoded.encode()).isEqualTo(buffer);
    }

    @Test
    void serverOnlyRopsAreNotRequests() {
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("0500 ff 00 00")))
                .isInstanceOf(UnsupportedRopException.class).hasMessageContaining("RopBufferTooSmall (0xFF)");
    }
}
