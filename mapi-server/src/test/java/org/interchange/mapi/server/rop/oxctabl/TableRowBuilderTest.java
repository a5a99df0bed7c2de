package org.interchange.mapi.server.rop.oxctabl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.store.RowProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableRowBuilderTest {
    private static final List<PropertyTag> COLUMNS = List.of(PidTag.SUBJECT, PropertyTag.of(PidTag.SUBJECT.id(),
            PropertyType.STRING8), PidTag.HTML, PidTag.MESSAGE_CLASS);

    /** Lengths around where a table row cuts strings (255 characters) and refuses binary values (above 510 bytes). */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 253, 254, 255, 256, 257, 300, 508, 509, 510, 511, 512, 513, 600, 5000})
    void aRowFromTheRowPropertiesIsTheRowFromTheWholeBag(int length) {
        List<PropertyValue> whole = List.of(
                PropertyValue.of(PidTag.SUBJECT, "s".repeat(length)),
                PropertyValue.of(PidTag.HTML, new byte[length]),
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"));

        PropertyRow fromWhole = TableRowBuilder.row(COLUMNS, PropertySource.of(whole));
        PropertyRow fromRow = TableRowBuilder.row(COLUMNS, PropertySource.of(RowProperties.of(whole)));

        assertThat(bytes(fromRow)).isEqualTo(bytes(fromWhole));
    }

    private static byte[] bytes(PropertyRow row) {
        ByteWriter w = new ByteWriter();
        row.encode(w);
        return w.toByteArray();
    }
}
