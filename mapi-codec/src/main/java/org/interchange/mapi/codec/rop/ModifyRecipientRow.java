package org.interchange.mapi.codec.rop;

import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.RecipientRow;

/**
 * A ModifyRecipientRow of RopModifyRecipients, [MS-OXCROPS] 2.2.6.5.1.1:
 * RowId, RecipientType, RecipientRowSize and the RecipientRow; a null row (size 0) deletes the
 * recipient with that RowId.
 */
public record ModifyRecipientRow(long rowId, int recipientType, RecipientRow recipientRow) {

    static ModifyRecipientRow decode(ByteReader in, List<PropertyTag> recipientColumns) {
        long rowId = in.u32();
        int type = in.u8();
        int size = in.u16();
        if (size == 0) {
            return new ModifyRecipientRow(rowId, type, null);
        }
        ByteReader row = in.slice(size, "ModifyRecipientRow RecipientRowSize");
        RecipientRow recipient = RecipientRow.decode(row, recipientColumns);
        if (row.hasRemaining()) {
            throw new MapiCodecException("RecipientRowSize leaves " + row.remaining() + " unread bytes in a ModifyRecipientRow");
        }
        return new ModifyRecipientRow(rowId, type, recipient);
    }

    void encode(ByteWriter out) {
        out.i32((int) rowId).u8(RopWire.u8(recipientType, "RecipientType"));
        if (recipientRow == null) {
            out.u16(0);
        } else {
            RopWire.writeSized(out, recipientRow::encode, "RecipientRowSize");
        }
    }
}
