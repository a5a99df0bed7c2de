package org.interchange.mapi.codec.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

class RestrictionCodecTest {
    private static final PropertyTag MESSAGE_CLASS = new PropertyTag(0x001A001F);
    private static final PropertyTag SUBJECT = new PropertyTag(0x0037001F);

    @Test
    void everyRestrictTypeRoundTrips() {
        Restriction all = new Restriction.Or(List.of(
                new Restriction.Not(new Restriction.Exist(SUBJECT)),
                new Restriction.CompareProperties(Restriction.RELOP_LT, SUBJECT, MESSAGE_CLASS),
                new Restriction.Size(Restriction.RELOP_GT, SUBJECT, 100),
                new Restriction.SubObject(new PropertyTag(0x0E12000D), new Restriction.Exist(SUBJECT)),
                new Restriction.Comment(List.of(PropertyValue.of(new PropertyTag(0x60000003), 1)),
                        Optional.of(new Restriction.Exist(SUBJECT))),
                new Restriction.Comment(List.of(), Optional.empty()),
                new Restriction.Count(3, new Restriction.Exist(SUBJECT)),
                new Restriction.Content(Restriction.Content.SUBSTRING, Restriction.Content.IGNORECASE, SUBJECT,
                        PropertyValue.of(SUBJECT, "x"))));
        for (RestrictionCodec codec : List.of(RestrictionCodec.ROP, RestrictionCodec.WIDE)) {
            assertThat(codec.decode(codec.encode(all))).isEqualTo(all);
        }
        assertThat(RestrictionCodec.ROP.encode(new Restriction.And(List.of(new Restriction.Exist(SUBJECT)))))
                .isEqualTo(hex("00 0100 08 1f003700"));
        assertThat(RestrictionCodec.WIDE.encode(new Restriction.And(List.of(new Restriction.Exist(SUBJECT)))))
                .isEqualTo(hex("00 01000000 08 1f003700"));
    }

    @Test
    void malformedRestrictions() {
        assertThatThrownBy(() -> RestrictionCodec.ROP.decode(hex("0c")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("unknown RestrictType 0xc");
        assertThatThrownBy(() -> RestrictionCodec.ROP.decode(hex("00 ffff 08")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("RestrictCount 65535");
        assertThatThrownBy(() -> RestrictionCodec.ROP.decode(hex("08 1f003700 00")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("1 unread bytes");
        byte[] deep = new byte[200];
        Arrays.fill(deep, (byte) 0x02);
        assertThatThrownBy(() -> RestrictionCodec.ROP.decode(deep))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("nested deeper than 64");
    }
}
