package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** RopModifyRecipients request, [MS-OXCROPS] 2.2.6.5.1: the recipient columns and the rows to add, change or delete. */
public record RopModifyRecipientsRequest(int logonId, int inputHandleIndex, List<PropertyTag> recipientColumns,
                                         List<ModifyRecipientRow> recipientRows) implements RopRequest {

    public RopModifyRecipientsRequest {
        recipientColumns = FrozenList.copyOf(recipientColumns);
        recipientRows = FrozenList.copyOf(recipientRows);
    }

    @Override
    public RopId ropId() {
        return RopId.MODIFY_RECIPIENTS;
    }

    static RopModifyRecipientsRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        List<PropertyTag> columns = RopWire.readTags(in, in.u16());
        int rowCount = in.u16();
        RopWire.requireItems(in, rowCount, 7, "RopModifyRecipients RecipientRows");
        ModifyRecipientRow[] rows = new ModifyRecipientRow[rowCount];
        for (int i = 0; i < rowCount; i++) {
            rows[i] = ModifyRecipientRow.decode(in, columns);
        }
        return new RopModifyRecipientsRequest(logonId, index, columns, FrozenList.adopt(rows));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        RopWire.writeTags(out, recipientColumns, "ColumnCount");
        out.u16(RopWire.u16(recipientRows.size(), "RowCount"));
        recipientRows.forEach(row -> row.encode(out));
    }
}
