package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.RecipientRow;

/**
 * An OpenRecipientRow of the RopOpenMessage response, [MS-OXCROPS] 2.2.6.1.2.1:
 * RecipientType, CodePageId, Reserved, RecipientRowSize, then the RecipientRow.
 */
public record OpenRecipientRow(int recipientType, int codePageId, int reserved, RecipientRow recipientRow) {

    public OpenRecipientRow {
        Objects.requireNonNull(recipientRow, "recipientRow");
    }

    static OpenRecipientRow decode(ByteReader in, List<PropertyTag> recipientColumns) {
        int type = in.u8();
        int codePage = in.u16();
        int reserved = in.u16();
        ByteReader row = in.slice(in.u16(), "OpenRecipientRow RecipientRowSize");
        RecipientRow recipient = RecipientRow.decode(row, recipientColumns);
        if (row.hasRemaining()) {
            throw new MapiCodecException("RecipientRowSize leaves " + row.remaining() + " unread bytes in an OpenRecipientRow");
        }
        return new OpenRecipientRow(type, codePage, reserved, recipient);
    }

    void encode(ByteWriter out) {
        out.u8(RopWire.u8(recipientType, "RecipientType")).u16(RopWire.u16(codePageId, "CodePageId"))
                .u16(RopWire.u16(reserved, "Reserved"));
        RopWire.writeSized(out, recipientRow::encode, "RecipientRowSize");
    }
}
