package org.interchange.mapi.server.rop.oxorule;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.server.rop.PropertySource;

/**
 * Evaluates a rule's condition (PidTagRuleCondition, [MS-OXORULE] 2.2.1.3.1.9) against one message
 * with the restriction semantics of [MS-OXCDATA] 2.12: And, Or, Not, Content, Property,
 * CompareProperties, BitMask, Size, Exist, SubObject (on the recipients or attachments), Comment and
 * Count. A multi-valued property matches when one of its values does. A missing property makes
 * every comparison false. RELOP_RE and RELOP_MEMBER_OF_DL are {@link UnsupportedConditionException}.
 */
final class RuleCondition {
    /** PidTagMessageRecipients and PidTagMessageAttachments, the SubObject targets, [MS-OXCDATA] 2.12.10. */
    private static final int MESSAGE_RECIPIENTS = 0x0E12;
    private static final int MESSAGE_ATTACHMENTS = 0x0E13;
    private static final int IGNORECASE = 0x0001;
    private static final int LOOSE = 0x0004;

    /** A condition this server cannot evaluate; the rule is then in error. */
    static final class UnsupportedConditionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedConditionException(String message) {
            super(message);
        }
    }

    /** The message as the condition sees it: its properties and its recipient and attachment rows. */
    record Candidate(PropertySource properties, List<PropertySource> recipients, List<PropertySource> attachments) {
    }

    private RuleCondition() {
    }

    static boolean matches(Restriction restriction, Candidate message) {
        return matches(restriction, message.properties(), message);
    }

    private static boolean matches(Restriction restriction, PropertySource row, Candidate message) {
        return switch (restriction) {
            case Restriction.And and -> and.restrictions().stream().allMatch(r -> matches(r, row, message));
            case Restriction.Or or -> or.restrictions().stream().anyMatch(r -> matches(r, row, message));
            case Restriction.Not not -> !matches(not.restriction(), row, message);
            case Restriction.Content content -> values(row, content.propertyTag()).stream()
                    .anyMatch(v -> content(content, v));
            case Restriction.Property property -> values(row, property.propertyTag()).stream()
                    .anyMatch(v -> relation(property.relOp(), compare(v, scalar(property.taggedValue().value()))));
            case Restriction.CompareProperties compare -> {
                Optional<Object> first = value(row, compare.propertyTag1());
                Optional<Object> second = value(row, compare.propertyTag2());
                yield first.isPresent() && second.isPresent()
                        && relation(compare.relOp(), compare(first.get(), second.get()));
            }
            case Restriction.BitMask mask -> value(row, mask.propertyTag()).filter(v -> v instanceof Number)
                    .map(v -> ((((Number) v).intValue() & mask.mask()) != 0) == (mask.bitmapRelOp()
                            == Restriction.BitMask.BMR_NEZ))
                    .orElse(false);
            case Restriction.Size size -> value(row, size.propertyTag())
                    .map(v -> relation(size.relOp(), Integer.compare(sizeOf(v), size.size()))).orElse(false);
            case Restriction.Exist exist -> value(row, exist.propertyTag()).isPresent();
            case Restriction.SubObject sub -> subObjects(sub.subobject(), message).stream()
                    .anyMatch(r -> matches(sub.restriction(), r, message));
            case Restriction.Comment comment -> comment.restriction().map(r -> matches(r, row, message)).orElse(true);
            case Restriction.Count count -> count.count() > 0 && matches(count.subRestriction(), row, message);
        };
    }

    private static List<PropertySource> subObjects(PropertyTag tag, Candidate message) {
        return switch (tag.id()) {
            case MESSAGE_RECIPIENTS -> message.recipients();
            case MESSAGE_ATTACHMENTS -> message.attachments();
            default -> throw new UnsupportedConditionException("SubObject restriction on " + tag);
        };
    }

    /** The value of a property, found by id whatever its type; error values count as missing. */
    private static Optional<Object> value(PropertySource row, PropertyTag tag) {
        return row.find(tag.id()).filter(v -> !v.isError() && v.value() != null).map(PropertyValue::value);
    }

    /** The single value, or each value of a multi-valued property. */
    private static List<Object> values(PropertySource row, PropertyTag tag) {
        return value(row, tag).map(v -> v instanceof List<?> list ? List.<Object>copyOf(list) : List.of(v))
                .orElse(List.of());
    }

    private static Object scalar(Object value) {
        return value instanceof List<?> list && list.size() == 1 ? list.getFirst() : value;
    }

    private static boolean content(Restriction.Content content, Object have) {
        Object want = scalar(content.taggedValue().value());
        if (have instanceof byte[] bytes && want instanceof byte[] pattern) {
            return switch (content.fuzzyLevelLow()) {
                case Restriction.Content.FULLSTRING -> Arrays.equals(bytes, pattern);
                case Restriction.Content.PREFIX -> bytes.length >= pattern.length
                        && Arrays.equals(bytes, 0, pattern.length, pattern, 0, pattern.length);
                default -> indexOf(bytes, pattern) >= 0;
            };
        }
        if (!(have instanceof String text) || !(want instanceof String wanted)) {
            return false;
        }
        if ((content.fuzzyLevelHigh() & (IGNORECASE | LOOSE)) != 0) {
            text = text.toLowerCase(Locale.ROOT);
            wanted = wanted.toLowerCase(Locale.ROOT);
        }
        return switch (content.fuzzyLevelLow()) {
            case Restriction.Content.FULLSTRING -> text.equals(wanted);
            case Restriction.Content.PREFIX -> text.startsWith(wanted);
            default -> text.contains(wanted);
        };
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Orders two values of the same kind; values of different kinds are unordered (null). */
    private static Integer compare(Object have, Object want) {
        return switch (have) {
            case String a when want instanceof String b -> a.compareToIgnoreCase(b);
            case Number a when want instanceof Number b && !(a instanceof Float || a instanceof Double)
                    && !(b instanceof Float || b instanceof Double) -> Long.compare(a.longValue(), b.longValue());
            case Number a when want instanceof Number b -> Double.compare(a.doubleValue(), b.doubleValue());
            case Boolean a when want instanceof Boolean b -> Boolean.compare(a, b);
            case Instant a when want instanceof Instant b -> a.compareTo(b);
            case byte[] a when want instanceof byte[] b -> Arrays.compareUnsigned(a, b);
            case java.util.UUID a when want instanceof java.util.UUID b -> a.equals(b) ? 0 : 1;
            default -> null;
        };
    }

    private static boolean relation(int relOp, Integer order) {
        if (order == null) {
            return false;
        }
        return switch (relOp) {
            case Restriction.RELOP_LT -> order < 0;
            case Restriction.RELOP_LE -> order <= 0;
            case Restriction.RELOP_GT -> order > 0;
            case Restriction.RELOP_GE -> order >= 0;
            case Restriction.RELOP_EQ -> order == 0;
            case Restriction.RELOP_NE -> order != 0;
            default -> throw new UnsupportedConditionException("RelOp 0x" + Integer.toHexString(relOp));
        };
    }

    /** The size of a value in bytes as stored: strings in UTF-16 with the terminator. */
    private static int sizeOf(Object value) {
        return switch (value) {
            case String s -> (s.length() + 1) * 2;
            case byte[] b -> b.length;
            case Short s -> 2;
            case Integer i -> 4;
            case Float f -> 4;
            case Boolean b -> 2;
            case List<?> list -> list.stream().mapToInt(RuleCondition::sizeOf).sum();
            default -> 8;
        };
    }
}
