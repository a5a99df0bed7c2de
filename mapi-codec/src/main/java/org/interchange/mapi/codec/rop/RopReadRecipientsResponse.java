package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopReadRecipients success response, [MS-OXCROPS] 2.2.6.6.2: RowCount (one byte) and the rows. */
public record RopReadRecipientsResponse(int handleIndex, List<ReadRecipientRow> recipientRows) implements RopResponse {

    public RopReadRecipientsResponse {
        recipientRows = FrozenList.copyOf(recipientRows);
    }

    @Override
    public RopId ropId() {
        return RopId.READ_RECIPIENTS;
    }

    static RopReadRecipientsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int count = in.u8();
        RopWire.requireItems(in, count, 11, "RopReadRecipients RecipientRows");
        List<ReadRecipientRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(ReadRecipientRow.decode(in));
        }
        return new RopReadRecipientsResponse(handleIndex, rows);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(recipientRows.size(), "RowCount"));
        recipientRows.forEach(row -> row.encode(out));
    }
}
