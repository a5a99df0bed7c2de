package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.RecipientRow;

/**
 * A ReadRecipientRow of the RopReadRecipients response, [MS-OXCROPS] 2.2.6.6.2.1: RowId,
 * RecipientType, CodePageId, Reserved and the RecipientRow. The row's properties follow the
 * recipient columns of the RopOpenMessage response, which this response does not carry, so the
 * row is kept as bytes and read with {@link #recipientRow(List)}.
 */
public record ReadRecipientRow(long rowId, int recipientType, int codePageId, int reserved, byte[] recipientRowBytes) {

    public ReadRecipientRow {
        recipientRowBytes = recipientRowBytes.clone();
        RopWire.u16(recipientRowBytes.length, "RecipientRowSize");
    }

    /** The row for {@code recipient}, encoded now. */
    public static ReadRecipientRow of(long rowId, int recipientType, int codePageId, RecipientRow recipient) {
        ByteWriter out = new ByteWriter();
        recipient.encode(out);
        return new ReadRecipientRow(rowId, recipientType, codePageId, 0, out.toByteArray());
    }

    @Override
    public byte[] recipientRowBytes() {
        return recipientRowBytes.clone();
    }

    /** Decodes the RecipientRow with the recipient columns of the RopOpenMessage response. */
    public RecipientRow recipientRow(List<PropertyTag> recipientColumns) {
        ByteReader in = new ByteReader(recipientRowBytes);
        RecipientRow row = RecipientRow.decode(in, recipientColumns);
        if (in.hasRemaining()) {
            throw new MapiCodecException("RecipientRowSize leaves " + in.remaining() + " unread bytes in a ReadRecipientRow");
        }
        return row;
    }

    static ReadRecipientRow decode(ByteReader in) {
        long rowId = in.u32();
        int type = in.u8();
        int codePage = in.u16();
        int reserved = in.u16();
        return new ReadRecipientRow(rowId, type, codePage, reserved,
                in.bytes(in.u16(), "ReadRecipientRow RecipientRow"));
    }

    void encode(ByteWriter out) {
        out.i32((int) rowId).u8(RopWire.u8(recipientType, "RecipientType")).u16(RopWire.u16(codePageId, "CodePageId"))
                .u16(RopWire.u16(reserved, "Reserved")).u16(recipientRowBytes.length).bytes(recipientRowBytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadRecipientRow r && r.rowId == rowId && r.recipientType == recipientType
                && r.codePageId == codePageId && r.reserved == reserved
                && Arrays.equals(r.recipientRowBytes, recipientRowBytes);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(rowId) * 31 + recipientType) * 31 + Arrays.hashCode(recipientRowBytes);
    }

    @Override
    public String toString() {
        return "ReadRecipientRow[rowId=" + rowId + ", recipientType=" + recipientType + ", codePageId=" + codePageId
                + ", recipientRow=" + HexFormat.of().formatHex(recipientRowBytes) + "]";
    }
}
