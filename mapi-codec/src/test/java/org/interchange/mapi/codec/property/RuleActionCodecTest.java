package org.interchange.mapi.codec.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

/** Byte layouts of [MS-OXORULE] 2.2.5 rule actions and the nesting bound of PtypRestriction values. */
class RuleActionCodecTest {
    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static byte[] bytes(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void standardBlocksCarry16BitLengthsAndTheirActionData() {
        RuleActions actions = RuleActions.of(new RuleAction.Bounce(0x26), new RuleAction.MarkAsRead(),
                new RuleAction.Reply(RuleAction.OP_OOF_REPLY, 0x0102, 0x0304, new UUID(0, 0)));
        assertThat(hex(RuleActionCodec.STANDARD.encode(actions))).isEqualTo("0300"
                + "0d00" + "06" + "00000000" + "00000000" + "26000000"
                + "0900" + "0b" + "00000000" + "00000000"
                + "2900" + "04" + "00000000" + "00000000" + "0201000000000000" + "0403000000000000"
                + "00000000000000000000000000000000");
    }

    @Test
    void forwardRecipientsAndMoveTargetsUseTheCountWidthsOfTheirRuleKind() {
        PropertyValue name = PropertyValue.of(PropertyTag.of(0x3001, PropertyType.STRING), "A");
        RuleActions forward = RuleActions.of(new RuleAction.ForwardDelegate(RuleAction.OP_FORWARD,
                List.of(RecipientBlock.of(List.of(name)))));
        assertThat(hex(RuleActionCodec.STANDARD.encode(forward)))
                .isEqualTo("0100" + "1600" + "07" + "00000000" + "00000000" + "0100" + "01" + "0100" + "1f000130" + "41000000");
        assertThat(hex(RuleActionCodec.EXTENDED.encode(forward))).isEqualTo("01000000" + "1a000000" + "07" + "00000000"
                + "00000000" + "01000000" + "01" + "01000000" + "1f000130" + "41000000");
        RuleActions move = RuleActions.of(new RuleAction.MoveCopy(RuleAction.OP_MOVE, true, new byte[0], bytes("01aa")));
        assertThat(hex(RuleActionCodec.STANDARD.encode(move)))
                .isEqualTo("0100" + "1000" + "01" + "00000000" + "00000000" + "01" + "0000" + "0200" + "01aa");
        assertThatThrownBy(() -> RuleActionCodec.EXTENDED.encode(move)).isInstanceOf(MapiCodecException.class);
    }

    @Test
    void malformedActionBlocksAreNamed() {
        assertThatThrownBy(() -> RuleActionCodec.STANDARD.decode(bytes("0000"))).hasMessageContaining("no actions");
        assertThatThrownBy(() -> RuleActionCodec.STANDARD.decode(bytes("0100 0a00 06 00000000 00000000 26")))
                .isInstanceOf(MapiCodecException.class);
        assertThatThrownBy(() -> RuleActionCodec.STANDARD.decode(bytes("0100 0900 0c 00000000 00000000")))
                .hasMessageContaining("ActionType 0xc");
        assertThatThrownBy(() -> RuleActionCodec.STANDARD.decode(bytes("0100 0a00 0a 00000000 00000000 00")))
                .hasMessageContaining("leaves 1 bytes");
    }

    @Test
    void restrictionsNestedThroughPtypRestrictionValuesAreBounded() {
        String level = "04" + "04" + "fd000100" + "fd000100";
        byte[] deep = bytes(level.repeat(200) + "08 00000000");
        assertThatThrownBy(() -> RestrictionCodec.ROP.decode(deep)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("deeper than");
        byte[] shallow = bytes(level.repeat(3) + "08 00000000");
        assertThat(RestrictionCodec.ROP.decode(shallow)).isInstanceOf(Restriction.Property.class);
        assertThat(PropertyValueCodec.ROP.readTagged(new ByteReader(bytes("fd000100" + "08 00000000"))).value())
                .isEqualTo(new Restriction.Exist(new PropertyTag(0)));
    }
}
