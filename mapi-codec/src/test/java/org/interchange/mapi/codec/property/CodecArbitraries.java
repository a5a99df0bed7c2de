package org.interchange.mapi.codec.property;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of valid MS-OXCDATA values, shared by the round-trip properties and the fuzz seeds. */
public final class CodecArbitraries {
    /** Types whose values carry no nested structure. */
    public static final List<PropertyType> SIMPLE_TYPES = List.of(PropertyType.NULL, PropertyType.INTEGER16,
            PropertyType.INTEGER32, PropertyType.FLOATING32, PropertyType.FLOATING64, PropertyType.CURRENCY,
            PropertyType.FLOATING_TIME, PropertyType.ERROR_CODE, PropertyType.BOOLEAN, PropertyType.OBJECT,
            PropertyType.INTEGER64, PropertyType.STRING8, PropertyType.STRING, PropertyType.TIME, PropertyType.GUID,
            PropertyType.SERVER_ID, PropertyType.BINARY, PropertyType.MULTIPLE_INTEGER16, PropertyType.MULTIPLE_INTEGER32,
            PropertyType.MULTIPLE_FLOATING32, PropertyType.MULTIPLE_FLOATING64, PropertyType.MULTIPLE_CURRENCY,
            PropertyType.MULTIPLE_FLOATING_TIME, PropertyType.MULTIPLE_INTEGER64, PropertyType.MULTIPLE_STRING8,
            PropertyType.MULTIPLE_STRING, PropertyType.MULTIPLE_TIME, PropertyType.MULTIPLE_GUID,
            PropertyType.MULTIPLE_BINARY);

    private CodecArbitraries() {
    }

    public static Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    public static Arbitrary<byte[]> bytes(int max) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(max);
    }

    /** Unicode text without NUL or surrogates, so that UTF-16 round trips. */
    public static Arbitrary<String> unicode() {
        return Arbitraries.strings().withCharRange('\u0001', '\uD7FF').ofMaxLength(20);
    }

    /** Text that Windows-1252 holds unchanged. */
    public static Arbitrary<String> ascii() {
        return Arbitraries.strings().withCharRange('\u0001', '\u007F').ofMaxLength(20);
    }

    /** A value of {@code type}; {@code depth} bounds nested restrictions and rule actions. */
    public static Arbitrary<Object> value(PropertyType type, int depth) {
        Arbitrary<?> arbitrary = switch (type) {
            case NULL -> Arbitraries.just(null);
            case INTEGER16 -> Arbitraries.shorts();
            case INTEGER32, ERROR_CODE -> Arbitraries.integers();
            case FLOATING32 -> Arbitraries.floats();
            case FLOATING64, FLOATING_TIME -> Arbitraries.doubles();
            case CURRENCY, INTEGER64 -> Arbitraries.longs();
            case BOOLEAN -> Arbitraries.of(true, false);
            case TIME -> Arbitraries.longs().between(0, Long.MAX_VALUE).map(FileTime::toInstant);
            case GUID -> uuids();
            case STRING -> unicode();
            case STRING8 -> ascii();
            case BINARY, SERVER_ID, OBJECT -> bytes(40);
            case UNSPECIFIED -> Arbitraries.of(SIMPLE_TYPES).flatMap(t -> value(t, 0).map(v -> new TypedPropertyValue(t, v)));
            case RESTRICTION -> restriction(depth);
            case RULE_ACTION -> ruleActions(false, depth);
            default -> value(type.elementType(), depth).list().ofMaxSize(5);
        };
        return arbitrary.map(v -> (Object) v);
    }

    public static Arbitrary<PropertyTag> tags(PropertyType type) {
        return Arbitraries.integers().between(0, 0xFFFF).map(id -> PropertyTag.of(id, type));
    }

    /** A TaggedPropertyValue of a simple type. */
    public static Arbitrary<PropertyValue> taggedValues() {
        return Arbitraries.of(SIMPLE_TYPES).flatMap(t -> Combinators.combine(tags(t), value(t, 0)).as(PropertyValue::new));
    }

    /** A restriction nested at most {@code depth} levels. */
    public static Arbitrary<Restriction> restriction(int depth) {
        Arbitrary<Integer> relOp = Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 0x64);
        Arbitrary<PropertyTag> anyTag = Arbitraries.integers().map(PropertyTag::new);
        Arbitrary<Restriction> content = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 7), taggedValues())
                .as((low, high, v) -> new Restriction.Content(low, high, v.tag(), v));
        Arbitrary<Restriction> property = Combinators.combine(relOp, taggedValues())
                .as((op, v) -> new Restriction.Property(op, v.tag(), v));
        Arbitrary<Restriction> compare = Combinators.combine(relOp, anyTag, anyTag).as(Restriction.CompareProperties::new);
        Arbitrary<Restriction> bitMask = Combinators.combine(Arbitraries.of(0, 1), anyTag, Arbitraries.integers())
                .as(Restriction.BitMask::new);
        Arbitrary<Restriction> size = Combinators.combine(relOp, anyTag, Arbitraries.integers()).as(Restriction.Size::new);
        Arbitrary<Restriction> exist = anyTag.map(Restriction.Exist::new);
        Arbitrary<Restriction> leaf = Arbitraries.oneOf(content, property, compare, bitMask, size, exist);
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<Restriction> inner = Arbitraries.lazy(() -> restriction(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(1, inner.list().ofMaxSize(3).map(Restriction.And::new)),
                Tuple.of(1, inner.list().ofMaxSize(3).map(Restriction.Or::new)),
                Tuple.of(1, inner.map(Restriction.Not::new)),
                Tuple.of(1, Combinators.combine(anyTag, inner).as(Restriction.SubObject::new)),
                Tuple.of(1, Combinators.combine(taggedValues().list().ofMaxSize(3), inner.optional())
                        .as(Restriction.Comment::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL), inner)
                        .as(Restriction.Count::new)));
    }

    /** Rule actions of standard ({@code extended} false) or extended rules. */
    public static Arbitrary<RuleActions> ruleActions(boolean extended, int depth) {
        Arbitrary<RuleAction> moveCopy = Combinators.combine(Arbitraries.of(RuleAction.OP_MOVE, RuleAction.OP_COPY),
                        extended ? Arbitraries.just(false) : Arbitraries.of(true, false), bytes(30), bytes(30))
                .as(RuleAction.MoveCopy::new);
        Arbitrary<Integer> replyType = Arbitraries.of(RuleAction.OP_REPLY, RuleAction.OP_OOF_REPLY);
        Arbitrary<RuleAction> reply = extended
                ? Combinators.combine(replyType, bytes(70), uuids()).as(RuleAction.ReplyExtended::new)
                : Combinators.combine(replyType, Arbitraries.longs(), Arbitraries.longs(), uuids()).as(RuleAction.Reply::new);
        Arbitrary<RuleAction> defer = bytes(30).map(RuleAction.DeferAction::new);
        Arbitrary<RuleAction> bounce = Arbitraries.of(0x0D, 0x1F, 0x26).map(RuleAction.Bounce::new);
        Arbitrary<RecipientBlock> recipient = Combinators.combine(Arbitraries.integers().between(0, 255),
                taggedValues().list().ofMinSize(1).ofMaxSize(3)).as(RecipientBlock::new);
        Arbitrary<RuleAction> forward = Combinators.combine(Arbitraries.of(RuleAction.OP_FORWARD, RuleAction.OP_DELEGATE),
                recipient.list().ofMinSize(1).ofMaxSize(3)).as(RuleAction.ForwardDelegate::new);
        Arbitrary<RuleAction> tag = taggedValues().map(RuleAction.Tag::new);
        Arbitrary<RuleAction> action = Arbitraries.oneOf(moveCopy, reply, defer, bounce, forward, tag,
                Arbitraries.just(new RuleAction.Delete()), Arbitraries.just(new RuleAction.MarkAsRead()));
        Arbitrary<ActionBlock> block = Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), action)
                .as(ActionBlock::new);
        return block.list().ofMinSize(1).ofMaxSize(4).map(RuleActions::new);
    }

    public static Arbitrary<SortOrderSet> sortOrderSets() {
        Arbitrary<SortOrder> order = Combinators.combine(Arbitraries.integers().map(PropertyTag::new),
                Arbitraries.of(0, 1, 4, 8)).as(SortOrder::new);
        return order.list().ofMaxSize(6).flatMap(orders -> Arbitraries.integers().between(0, orders.size())
                .flatMap(categorized -> Arbitraries.integers().between(0, categorized)
                        .map(expanded -> new SortOrderSet(orders, categorized, expanded))));
    }

    /** A row of columns with values: standard when {@code flagged} is false. */
    public static Arbitrary<PropertyRow> rows(boolean flagged) {
        Arbitrary<PropertyValue> present = taggedValues();
        Arbitrary<FlaggedPropertyValue> flaggedValue = Arbitraries.oneOf(
                present.map(FlaggedPropertyValue::present),
                tags(PropertyType.INTEGER32).map(FlaggedPropertyValue::absent),
                Combinators.combine(tags(PropertyType.STRING), Arbitraries.integers()).as(FlaggedPropertyValue::error));
        if (!flagged) {
            return present.list().ofMaxSize(8).map(values -> {
                List<PropertyTag> columns = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    // every third column is PtypUnspecified, so its value travels as a TypedPropertyValue
                    columns.add(i % 3 == 2 ? values.get(i).tag().withType(PropertyType.UNSPECIFIED) : values.get(i).tag());
                }
                return new StandardPropertyRow(columns, values);
            });
        }
        return Combinators.combine(flaggedValue.list().ofMaxSize(8), Arbitraries.of(true, false)).as((values, typed) -> {
            List<PropertyTag> columns = new ArrayList<>();
            for (FlaggedPropertyValue v : values) {
                PropertyTag tag = v.flag() == FlaggedPropertyValue.PRESENT ? v.value().tag()
                        : v.flag() == FlaggedPropertyValue.ABSENT ? v.value().tag() : PropertyTag.of(v.value().tag().id(), PropertyType.STRING);
                columns.add(typed && v.flag() == FlaggedPropertyValue.PRESENT ? tag.withType(PropertyType.UNSPECIFIED) : tag);
            }
            return new FlaggedPropertyRow(columns, values);
        });
    }
}
