package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.TypedString;

/**
 * RopOpenMessage success response, [MS-OXCROPS] 2.2.6.1.2: HasNamedProperties, SubjectPrefix and
 * NormalizedSubject (TypedStrings), RecipientCount (all recipients), the recipient columns, and
 * the first RowCount recipient rows (RowCount is one byte; the client reads the rest with
 * RopReadRecipients).
 */
public record RopOpenMessageResponse(int handleIndex, boolean hasNamedProperties, TypedString subjectPrefix,
                                     TypedString normalizedSubject, int recipientCount,
                                     List<PropertyTag> recipientColumns, List<OpenRecipientRow> recipientRows)
        implements RopResponse {

    public RopOpenMessageResponse {
        Objects.requireNonNull(subjectPrefix, "subjectPrefix");
        Objects.requireNonNull(normalizedSubject, "normalizedSubject");
        recipientColumns = FrozenList.copyOf(recipientColumns);
        recipientRows = FrozenList.copyOf(recipientRows);
    }

    @Override
    public RopId ropId() {
        return RopId.OPEN_MESSAGE;
    }

    static RopOpenMessageResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        boolean named = RopWire.bool(in);
        TypedString prefix = TypedString.decode(in);
        TypedString subject = TypedString.decode(in);
        int recipientCount = in.u16();
        List<PropertyTag> columns = RopWire.readTags(in, in.u16());
        int rowCount = in.u8();
        RopWire.requireItems(in, rowCount, 7, "RopOpenMessage RecipientRows");
        List<OpenRecipientRow> rows = new ArrayList<>(rowCount);
        for (int i = 0; i < rowCount; i++) {
            rows.add(OpenRecipientRow.decode(in, columns));
        }
        return new RopOpenMessageResponse(handleIndex, named, prefix, subject, recipientCount, columns, rows);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        encodeFields(out);
    }

    /** The fields after ReturnValue, shared with RopOpenEmbeddedMessage. */
    void encodeFields(ByteWriter out) {
        out.u8(hasNamedProperties ? 1 : 0);
        subjectPrefix.encode(out);
        normalizedSubject.encode(out);
        out.u16(RopWire.u16(recipientCount, "RecipientCount"));
        RopWire.writeTags(out, recipientColumns, "ColumnCount");
        out.u8(RopWire.u8(recipientRows.size(), "RowCount"));
        recipientRows.forEach(row -> row.encode(out));
    }
}
