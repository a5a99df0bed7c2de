package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.codec.rop.RopBytes.bytes;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.junit.jupiter.api.Test;

/** RopNotify's NotificationData forms ([MS-OXCNOTIF] 2.2.1.4.1.2) and the transport ROPs, byte for byte. */
class NotifyAndTransportRopsTest {
    private static final long FOLDER = 0x0001000000000A01L;
    private static final long MESSAGE = 0x0001000000000B02L;
    private static final PropertyTag SUBJECT = new PropertyTag(0x0037001F);

    private static RopNotifyResponse decodeNotify(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        RopNotifyResponse notify = (RopNotifyResponse) RopCodecs.decodeUnsolicited(in);
        assertThat(in.hasRemaining()).isFalse();
        assertThat(bytes(notify)).isEqualTo(bytes);
        return notify;
    }

    @Test
    void newMailCarriesFolderMessageFlagsAndClass() {
        NotificationData data = NotificationData.newMail(FOLDER, MESSAGE, 0x04, "IPM.Note");
        byte[] bytes = bytes(new RopNotifyResponse(0x11, 0, data));
        assertThat(bytes).isEqualTo(hex("2a 11000000 00 0280 010a000000000100 020b000000000100 04000000 01"
                + "490050004d002e004e006f0074006500 0000"));
        assertThat(decodeNotify(bytes).notificationData()).isEqualTo(data);
    }

    @Test
    void messageMovedCarriesOldIdsButNoParentOutsideSearchFolders() {
        NotificationData moved = new NotificationData(NotificationData.OBJECT_MOVED | NotificationData.FLAG_MESSAGE,
                0, 0, 0, 0, 0, 0, 0, new byte[0], FOLDER, MESSAGE, 99, FOLDER + 1, MESSAGE + 1, 77, 0, List.of(),
                0, 0, 0, false, "");
        assertThat(moved.parentFolderId()).as("M without S has no ParentFolderId").isZero();
        assertThat(moved.oldParentFolderId()).as("messages have OldMessageId, not OldParentFolderId").isZero();
        byte[] bytes = bytes(new RopNotifyResponse(1, 2, moved));
        assertThat(bytes).hasSize(1 + 4 + 1 + 2 + 8 * 4);
        assertThat(decodeNotify(bytes).notificationData()).isEqualTo(moved);
    }

    @Test
    void folderCreatedCarriesParentTagsAndCounts() {
        int flags = NotificationData.OBJECT_CREATED | NotificationData.FLAG_TOTAL | NotificationData.FLAG_UNREAD;
        NotificationData created = new NotificationData(flags, 0, 0, 0, 0, 0, 0, 0, new byte[0], FOLDER, 0, 7, 0, 0,
                0, 1, List.of(SUBJECT), 12, 3, 0, false, "");
        byte[] bytes = bytes(new RopNotifyResponse(1, 0, created));
        assertThat(bytes).isEqualTo(hex("2a 01000000 00 0430 010a000000000100 0700000000000000 0100 1f003700"
                + " 0c000000 03000000"));
        assertThat(decodeNotify(bytes).notificationData()).isEqualTo(created);
    }

    @Test
    void modifiedWithAllTagsSendsNoTagList() {
        NotificationData modified = new NotificationData(NotificationData.OBJECT_MODIFIED, 0, 0, 0, 0, 0, 0, 0,
                new byte[0], FOLDER, 0, 0, 0, 0, 0, NotificationData.ALL_TAGS, List.of(), 0, 0, 0, false, "");
        byte[] bytes = bytes(new RopNotifyResponse(1, 0, modified));
        assertThat(bytes).isEqualTo(hex("2a 01000000 00 1000 010a000000000100 ffff"));
        assertThat(decodeNotify(bytes).notificationData().tagCount()).isEqualTo(0xFFFF);
    }

    @Test
    void tableRowAddedCarriesRowIdsInsertPointAndRow() {
        List<PropertyTag> columns = List.of(SUBJECT);
        PropertyRow row = new StandardPropertyRow(columns, List.of(PropertyValue.of(SUBJECT, "Hi")));
        ByteWriter rowBytes = new ByteWriter();
        row.encode(rowBytes);
        NotificationData added = new NotificationData(NotificationData.TABLE_MODIFIED | NotificationData.FLAG_MESSAGE,
                NotificationData.TABLE_ROW_ADDED, FOLDER, MESSAGE, 0, FOLDER, MESSAGE - 1, 0,
                rowBytes.toByteArray(), 5, 5, 5, 5, 5, 5, 0, List.of(), 0, 0, 0, false, "");
        assertThat(added.folderId()).as("table notifications have no FolderId").isZero();
        byte[] bytes = bytes(new RopNotifyResponse(3, 0, added));
        assertThat(bytes).hasSize(1 + 4 + 1 + 2 + 2 + 8 + 8 + 4 + 8 + 8 + 4 + 2 + rowBytes.size());
        RopNotifyResponse decoded = decodeNotify(bytes);
        assertThat(decoded.notificationData()).isEqualTo(added);
        assertThat(decoded.notificationData().tableRow(columns)).isEqualTo(row);
    }

    @Test
    void tableRowDeletedHasNoInsertPoint() {
        NotificationData deleted = new NotificationData(NotificationData.TABLE_MODIFIED,
                NotificationData.TABLE_ROW_DELETED, FOLDER, 0, 0, 0, 0, 0, new byte[0], 0, 0, 0, 0, 0, 0, 0,
                List.of(), 0, 0, 0, false, "");
        byte[] bytes = bytes(new RopNotifyResponse(3, 0, deleted));
        assertThat(bytes).isEqualTo(hex("2a 03000000 00 0001 0400 010a000000000100"));
        assertThat(decodeNotify(bytes).notificationData()).isEqualTo(deleted);
    }

    @Test
    void searchCompleteCriticalErrorAndExtended() {
        for (int type : new int[] {NotificationData.SEARCH_COMPLETE, NotificationData.CRITICAL_ERROR}) {
            NotificationData data = new NotificationData(type, 0, 0, 0, 0, 0, 0, 0, new byte[0], FOLDER, 0, 0, 0, 0,
                    0, 0, List.of(), 0, 0, 0, false, "");
            assertThat(bytes(new RopNotifyResponse(1, 0, data))).hasSize(1 + 4 + 1 + 2 + 8);
            assertThat(decodeNotify(bytes(new RopNotifyResponse(1, 0, data))).notificationData()).isEqualTo(data);
        }
        NotificationData extended = new NotificationData(NotificationData.EXTENDED, 0, 0, 0, 0, 0, 0, 0, new byte[0],
                FOLDER, 0, 0, 0, 0, 0, 0, List.of(), 0, 0, 0, false, "");
        assertThat(bytes(new RopNotifyResponse(1, 0, extended))).isEqualTo(hex("2a 01000000 00 0004"));
    }

    @Test
    void truncatedNotificationIsATypedError() {
        assertThatThrownBy(() -> RopCodecs.decodeUnsolicited(new ByteReader(hex("2a 01000000 00 0280 0100"))))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("RopNotify");
        assertThatThrownBy(() -> RopCodecs.decodeUnsolicited(new ByteReader(hex("2a 01000000 00 1000 01000000000000"
                + "00 0500 01000000"))))
                .isInstanceOf(MapiCodecException.class);
    }

    @Test
    void transportRequestsRoundTripThroughABuffer() {
        List<RopRequest> requests = List.of(
                new RopAbortSubmitRequest(0, 1, FOLDER, MESSAGE),
                new RopGetAddressTypesRequest(0, 0),
                new RopSetSpoolerRequest(0, 0),
                new RopSpoolerLockMessageRequest(0, 0, MESSAGE, 1),
                new RopTransportSendRequest(0, 2),
                new RopTransportNewMailRequest(0, 0, MESSAGE, FOLDER, "IPM.Note", 0x01),
                new RopGetTransportFolderRequest(0, 0),
                new RopOptionsDataRequest(0, 0, "SMTP", true),
                new RopProgressRequest(0, 3, false));
        RopRequestBuffer buffer = new RopRequestBuffer(requests, new int[] {1, 2, 3, 4});
        byte[] bytes = buffer.encode();
        assertThat(RopRequestBuffer.decode(bytes)).isEqualTo(buffer);
        assertThat(RopRequestBuffer.decode(bytes).encode()).isEqualTo(bytes);
    }

    @Test
    void transportResponsesRoundTripThroughABuffer() {
        List<RopRequest> requests = List.of(new RopAbortSubmitRequest(0, 1, FOLDER, MESSAGE),
                new RopGetAddressTypesRequest(0, 0), new RopTransportSendRequest(0, 2),
                new RopGetTransportFolderRequest(0, 0), new RopOptionsDataRequest(0, 0, "SMTP", true),
                new RopOptionsDataRequest(0, 0, "EX", false), new RopProgressRequest(0, 3, false),
                new RopSetSpoolerRequest(0, 0));
        List<RopResponse> responses = List.of(new RopAbortSubmitResponse(1),
                new RopGetAddressTypesResponse(0, List.of("SMTP", "EX")),
                new RopTransportSendResponse(2, false, List.of(PropertyValue.of(SUBJECT, "sent"))),
                new RopGetTransportFolderResponse(0, FOLDER),
                new RopOptionsDataResponse(0, 1, hex("0102"), hex("aabb"), "help.hlp"),
                new RopOptionsDataResponse(0, 1, new byte[0], new byte[0], ""),
                new RopProgressResponse(3, 0, 4, 10),
                new RopErrorResponse(RopId.SET_SPOOLER, 0, 0x80040102));
        RopResponseBuffer buffer = new RopResponseBuffer(responses, new int[] {1, 2, 3, 4});
        byte[] bytes = buffer.encode();
        assertThat(bytes).containsSequence(hex("49 00 00000000 0200 0800 534d545000 455800"));
        RopResponseBuffer decoded = RopResponseBuffer.decode(bytes, requests);
        assertThat(decoded).isEqualTo(buffer);
        assertThat(decoded.encode()).isEqualTo(bytes);
    }

    @Test
    void addressTypeSizeMustCoverTheStringsExactly() {
        byte[] bytes = hex("0200 0900 534d545000 455800 00");
        assertThatThrownBy(() -> RopGetAddressTypesResponse.decode(new ByteReader(bytes), 0,
                ResponseContext.of(new RopGetAddressTypesRequest(0, 0))))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("AddressTypeSize");
    }
}
