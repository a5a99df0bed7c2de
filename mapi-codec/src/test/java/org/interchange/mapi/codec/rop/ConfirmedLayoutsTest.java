package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.codec.rop.RopBytes.bytes;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

/**
 * Two layouts checked against the specifications and public implementations: Microsoft's protocol
 * test suites register the RopGetMessageStatus response under RopId 0x1F with the fields of the
 * RopSetMessageStatus response ([MS-OXCROPS] 2.2.6.9.2 refers to 2.2.6.8.2), and their
 * MS-OXCNOTIF checks (R152, R156, R162) and MAPIInspector read InsertAfterTableRowFolderID for
 * TableRowAdded and TableRowModified on every table, InsertAfterTableRowID and Instance only with
 * the M flag ([MS-OXCNOTIF] 2.2.1.4.1.2).
 */
class ConfirmedLayoutsTest {

    @Test
    void getMessageStatusResponseStartsWithItsOwnRopIdThenTheSetMessageStatusFields() {
        RopGetMessageStatusRequest request = new RopGetMessageStatusRequest(0, 1, 0x0001000000000B02L);
        byte[] bytes = hex("1f 01 00000000 00100000");

        RopResponse decoded = RopCodecs.decodeResponse(new ByteReader(bytes), new ResponseContext(request, null));

        assertThat(decoded).isEqualTo(new RopGetMessageStatusResponse(1, 0x1000));
        assertThat(bytes(decoded)).isEqualTo(bytes);
        assertThatThrownBy(() -> RopCodecs.decodeResponse(new ByteReader(hex("20 01 00000000 00100000")),
                new ResponseContext(request, null)))
                .as("0x20 is RopSetMessageStatus, not an answer to RopGetMessageStatus")
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("answers RopGetMessageStatus");
    }

    @Test
    void hierarchyTableRowModifiedCarriesInsertAfterFolderIdWithoutMessageFields() {
        byte[] bytes = hex("2a 03000000 00 0001 0500 010a000000000100 030c000000000100 0300 010203");

        ByteReader in = new ByteReader(bytes);
        NotificationData data = ((RopNotifyResponse) RopCodecs.decodeUnsolicited(in)).notificationData();

        assertThat(in.hasRemaining()).isFalse();
        assertThat(data.tableEventType()).isEqualTo(NotificationData.TABLE_ROW_MODIFIED);
        assertThat(data.tableRowFolderId()).isEqualTo(0x0001000000000A01L);
        assertThat(data.insertAfterTableRowFolderId()).isEqualTo(0x0001000000000C03L);
        assertThat(data.insertAfterTableRowId()).isZero();
        assertThat(data.tableRowData()).containsExactly(1, 2, 3);
        assertThat(bytes(new RopNotifyResponse(3, 0, data))).isEqualTo(bytes);
    }

    @Test
    void contentsTableRowAddedCarriesInsertAfterFolderIdThenRowIdAndInstance() {
        NotificationData added = new NotificationData(NotificationData.TABLE_MODIFIED | NotificationData.FLAG_MESSAGE,
                NotificationData.TABLE_ROW_ADDED, 0x0001000000000A01L, 0x0001000000000B02L, 7,
                0x0001000000000A01L, 0x0001000000000B01L, 9, new byte[] {0}, 0, 0, 0, 0, 0, 0, 0, List.of(),
                0, 0, 0, false, "");

        assertThat(bytes(new RopNotifyResponse(3, 0, added))).isEqualTo(hex("2a 03000000 00 0081 0300"
                + " 010a000000000100 020b000000000100 07000000" // TableRowFolderID, TableRowMessageID, TableRowInstance
                + " 010a000000000100 010b000000000100 09000000" // InsertAfterTableRowFolderID, ...RowID, ...Instance
                + " 0100 00"));
    }
}
