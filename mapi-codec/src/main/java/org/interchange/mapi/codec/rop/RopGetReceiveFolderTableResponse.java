package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyRowSet;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * RopGetReceiveFolderTable success response, [MS-OXCROPS] 2.2.3.4.2: RowCount (32 bits) and rows
 * of the fixed columns {@link #COLUMNS}: PidTagFolderId, PidTagMessageClass (8-bit string) and
 * PidTagLastModificationTime.
 */
public record RopGetReceiveFolderTableResponse(int handleIndex, List<PropertyRow> rows) implements RopResponse {
    public static final List<PropertyTag> COLUMNS = List.of(new PropertyTag(0x67480014), new PropertyTag(0x001A001E),
            new PropertyTag(0x30080040));

    public RopGetReceiveFolderTableResponse {
        rows = FrozenList.copyOf(rows);
        if (rows.stream().anyMatch(row -> !row.columns().equals(COLUMNS))) {
            throw new MapiCodecException("RopGetReceiveFolderTable rows have the columns FolderId, MessageClass "
                    + "and LastModificationTime");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.GET_RECEIVE_FOLDER_TABLE;
    }

    static RopGetReceiveFolderTableResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long count = in.u32();
        RopWire.requireItems(in, count, 1 + 8 + 1 + 8, "RopGetReceiveFolderTable Rows");
        List<PropertyRow> rows = count == 0 ? List.of() : PropertyRowSet.decodeRows(in, COLUMNS, (int) count);
        return new RopGetReceiveFolderTableResponse(handleIndex, rows);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32(rows.size());
        PropertyRowSet.encodeRows(out, rows);
    }
}
