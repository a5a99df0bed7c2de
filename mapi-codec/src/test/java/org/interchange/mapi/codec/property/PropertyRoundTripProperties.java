package org.interchange.mapi.codec.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** Round trips of every property type of [MS-OXCDATA] 2.11.1, restrictions (2.12), sort orders (2.13) and rule actions. */
class PropertyRoundTripProperties {

    record Case(PropertyValueCodec codec, PropertyValue value) {
    }

    @Provide
    Arbitrary<Case> everyType() {
        List<PropertyType> types = Arrays.stream(PropertyType.values()).toList();
        return Combinators.combine(Arbitraries.of(PropertyValueCodec.ROP, PropertyValueCodec.WIDE),
                Arbitraries.of(types).flatMap(t -> Combinators.combine(CodecArbitraries.tags(t),
                        t == PropertyType.RULE_ACTION ? Arbitraries.of(false, true).flatMap(e -> CodecArbitraries.ruleActions(e, 2))
                                .map(v -> (Object) v) : CodecArbitraries.value(t, 2)).as(PropertyValue::new)))
                .as((codec, value) -> fitCodec(codec, value));
    }

    /** Extended rule actions only travel in the WIDE codec, standard ones in ROP. */
    private static Case fitCodec(PropertyValueCodec codec, PropertyValue value) {
        if (value.value() instanceof RuleActions actions) {
            boolean extended = actions.actionBlocks().stream().anyMatch(b -> b.action() instanceof RuleAction.ReplyExtended);
            boolean standard = actions.actionBlocks().stream().anyMatch(b -> b.action() instanceof RuleAction.Reply
                    || b.action() instanceof RuleAction.MoveCopy m && m.folderInThisStore());
            if (extended) {
                return new Case(PropertyValueCodec.WIDE, value);
            }
            if (standard) {
                return new Case(PropertyValueCodec.ROP, value);
            }
        }
        return new Case(codec, value);
    }

    @Property(tries = 250)
    void taggedValuesOfEveryTypeRoundTrip(@ForAll("everyType") Case c) {
        ByteWriter out = new ByteWriter();
        c.codec().writeTagged(out, c.value());
        byte[] bytes = out.toByteArray();
        ByteReader in = new ByteReader(bytes);
        assertThat(c.codec().readTagged(in)).isEqualTo(c.value());
        assertThat(in.remaining()).isZero();
    }

    @Property(tries = 120)
    void typedValuesRoundTrip(@ForAll("everyType") Case c) {
        PropertyType type = PropertyValueCodec.valueType(c.value().tag());
        if (type == PropertyType.UNSPECIFIED) {
            return;
        }
        TypedPropertyValue typed = new TypedPropertyValue(type, c.value().value());
        ByteWriter out = new ByteWriter();
        c.codec().writeTyped(out, typed);
        ByteReader in = new ByteReader(out.toByteArray());
        assertThat(c.codec().readTyped(in)).isEqualTo(typed);
        assertThat(in.remaining()).isZero();
    }

    @Provide
    Arbitrary<Restriction> restrictions() {
        return CodecArbitraries.restriction(4);
    }

    @Property(tries = 150)
    void restrictionsRoundTripInBothWidths(@ForAll("restrictions") Restriction restriction) {
        for (RestrictionCodec codec : List.of(RestrictionCodec.ROP, RestrictionCodec.WIDE)) {
            byte[] bytes = codec.encode(restriction);
            assertThat(codec.decode(bytes)).isEqualTo(restriction);
            assertThat(codec.encode(codec.decode(bytes))).isEqualTo(bytes);
        }
    }

    @Provide
    Arbitrary<RuleActions> standardRuleActions() {
        return CodecArbitraries.ruleActions(false, 1);
    }

    @Provide
    Arbitrary<RuleActions> extendedRuleActions() {
        return CodecArbitraries.ruleActions(true, 1);
    }

    @Property(tries = 120)
    void standardRuleActionsRoundTrip(@ForAll("standardRuleActions") RuleActions actions) {
        byte[] bytes = RuleActionCodec.STANDARD.encode(actions);
        assertThat(RuleActionCodec.STANDARD.decode(bytes)).isEqualTo(actions);
    }

    @Property(tries = 120)
    void extendedRuleActionsRoundTrip(@ForAll("extendedRuleActions") RuleActions actions) {
        byte[] bytes = RuleActionCodec.EXTENDED.encode(actions);
        assertThat(RuleActionCodec.EXTENDED.decode(bytes)).isEqualTo(actions);
    }

    @Provide
    Arbitrary<SortOrderSet> sortOrderSets() {
        return CodecArbitraries.sortOrderSets();
    }

    @Property(tries = 120)
    void sortOrderSetsRoundTrip(@ForAll("sortOrderSets") SortOrderSet set) {
        ByteWriter out = new ByteWriter();
        set.encode(out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).hasSize(6 + 5 * set.sortOrders().size());
        ByteReader in = new ByteReader(bytes);
        assertThat(SortOrderSet.decode(in)).isEqualTo(set);
        assertThat(in.remaining()).isZero();
    }

    @Provide
    Arbitrary<PropertyRow> rows() {
        return Arbitraries.oneOf(CodecArbitraries.rows(false), CodecArbitraries.rows(true));
    }

    @Property(tries = 150)
    void propertyRowsRoundTrip(@ForAll("rows") PropertyRow row) {
        ByteWriter out = new ByteWriter();
        row.encode(out);
        byte[] bytes = out.toByteArray();
        ByteReader in = new ByteReader(bytes);
        PropertyRow decoded = PropertyRow.decode(in, row.columns());
        assertThat(decoded).isEqualTo(row);
        assertThat(in.remaining()).isZero();
        ByteWriter again = new ByteWriter();
        decoded.encode(again);
        assertThat(again.toByteArray()).isEqualTo(bytes);
    }

    @Provide
    Arbitrary<PropertyProblemArray> problems() {
        return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().map(PropertyTag::new),
                Arbitraries.integers()).as(PropertyProblem::new).list().ofMaxSize(5).map(PropertyProblemArray::new);
    }

    @Property(tries = 100)
    void propertyProblemArraysRoundTrip(@ForAll("problems") PropertyProblemArray problems) {
        ByteWriter out = new ByteWriter();
        problems.encode(out);
        assertThat(PropertyProblemArray.decode(new ByteReader(out.toByteArray()))).isEqualTo(problems);
    }

    @Provide
    Arbitrary<ServerId> serverIds() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), Arbitraries.integers()).as(ServerId.Ours::new),
                CodecArbitraries.bytes(40).map(ServerId.Foreign::new));
    }

    @Property(tries = 100)
    void serverIdsRoundTrip(@ForAll("serverIds") ServerId id) {
        assertThat(ServerId.decode(id.encode())).isEqualTo(id);
    }
}
