package org.interchange.mapi.server.rop.oxcfxics;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;

/**
 * The restriction of a restricted contents synchronization ([MS-OXCFXICS] 2.2.3.2.1.1.1 RestrictionData,
 * [MS-OXCDATA] 2.12) evaluated on a message's properties: And, Or, Not, Content, Property, CompareProperties,
 * BitMask, Size, Exist and Comment. Strings compare without regard to case; a property the message lacks matches
 * only Not and Exist's negation. SubObject, Count and the RE and MEMBER_OF_DL operators are refused when the
 * synchronization is configured ({@link #check}), with ecTooComplex.
 */
final class MessageRestriction {
    /** ecTooComplex, [MS-OXCDATA] 2.4.1. */
    static final int TOO_COMPLEX = 0x80040117;

    private MessageRestriction() {
    }

    /** Fails with ecTooComplex when {@code r} uses what this evaluator does not support. */
    static void check(Restriction r) {
        switch (r) {
            case Restriction.And and -> and.restrictions().forEach(MessageRestriction::check);
            case Restriction.Or or -> or.restrictions().forEach(MessageRestriction::check);
            case Restriction.Not not -> check(not.restriction());
            case Restriction.Comment comment -> comment.restriction().ifPresent(MessageRestriction::check);
            case Restriction.Property p -> relOp(p.relOp());
            case Restriction.CompareProperties p -> relOp(p.relOp());
            case Restriction.Size s -> relOp(s.relOp());
            case Restriction.Content c -> {
                if (c.fuzzyLevelLow() > Restriction.Content.PREFIX) {
                    throw new RopFailure(TOO_COMPLEX, "FuzzyLevelLow " + c.fuzzyLevelLow() + " is not supported");
                }
            }
            case Restriction.BitMask b -> { }
            case Restriction.Exist e -> { }
            case Restriction.SubObject s -> throw new RopFailure(TOO_COMPLEX, "SubObject restrictions are not supported");
            case Restriction.Count c -> throw new RopFailure(TOO_COMPLEX, "Count restrictions are not supported");
        }
    }

    private static void relOp(int relOp) {
        if (relOp < Restriction.RELOP_LT || relOp > Restriction.RELOP_NE) {
            throw new RopFailure(TOO_COMPLEX, "RelOp " + relOp + " is not supported");
        }
    }

    /** Whether a message with {@code properties} satisfies {@code r} (checked by {@link #check} before). */
    static boolean matches(Restriction r, List<PropertyValue> properties) {
        return switch (r) {
            case Restriction.And and -> and.restrictions().stream().allMatch(x -> matches(x, properties));
            case Restriction.Or or -> or.restrictions().stream().anyMatch(x -> matches(x, properties));
            case Restriction.Not not -> !matches(not.restriction(), properties);
            case Restriction.Comment comment -> comment.restriction().map(x -> matches(x, properties)).orElse(true);
            case Restriction.Exist e -> value(properties, e.propertyTag()).isPresent();
            case Restriction.Content c -> value(properties, c.propertyTag()).map(v -> content(c, v)).orElse(false);
            case Restriction.Property p -> value(properties, p.propertyTag())
                    .map(v -> holds(p.relOp(), compare(v, p.taggedValue().value()))).orElse(false);
            case Restriction.CompareProperties p -> {
                Optional<Object> a = value(properties, p.propertyTag1());
                Optional<Object> b = value(properties, p.propertyTag2());
                yield a.isPresent() && b.isPresent() && holds(p.relOp(), compare(a.get(), b.get()));
            }
            case Restriction.BitMask b -> value(properties, b.propertyTag()).filter(v -> v instanceof Number)
                    .map(v -> ((((Number) v).intValue() & b.mask()) == 0) == (b.bitmapRelOp() == Restriction.BitMask.BMR_EQZ))
                    .orElse(false);
            case Restriction.Size s -> value(properties, s.propertyTag())
                    .map(v -> holds(s.relOp(), Integer.compare(size(v), s.size()))).orElse(false);
            case Restriction.SubObject s -> throw new RopFailure(TOO_COMPLEX, "SubObject restrictions are not supported");
            case Restriction.Count c -> throw new RopFailure(TOO_COMPLEX, "Count restrictions are not supported");
        };
    }

    private static Optional<Object> value(List<PropertyValue> properties, PropertyTag tag) {
        return properties.stream().filter(v -> v.tag().id() == tag.id()).map(PropertyValue::value).findFirst();
    }

    private static boolean content(Restriction.Content c, Object value) {
        Object wanted = c.taggedValue().value();
        if (value instanceof String text && wanted instanceof String pattern) {
            if ((c.fuzzyLevelHigh() & Restriction.Content.IGNORECASE) != 0) {
                text = text.toLowerCase(Locale.ROOT);
                pattern = pattern.toLowerCase(Locale.ROOT);
            }
            return switch (c.fuzzyLevelLow()) {
                case Restriction.Content.SUBSTRING -> text.contains(pattern);
                case Restriction.Content.PREFIX -> text.startsWith(pattern);
                default -> text.equals(pattern);
            };
        }
        if (value instanceof byte[] bytes && wanted instanceof byte[] pattern) {
            return switch (c.fuzzyLevelLow()) {
                case Restriction.Content.SUBSTRING -> indexOf(bytes, pattern) >= 0;
                case Restriction.Content.PREFIX -> bytes.length >= pattern.length
                        && Arrays.equals(bytes, 0, pattern.length, pattern, 0, pattern.length);
                default -> Arrays.equals(bytes, pattern);
            };
        }
        return false;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The order of two values of comparable kinds; values of unrelated kinds are unequal (order 2). */
    private static int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(x.compareToIgnoreCase(y));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if ((a instanceof Integer || a instanceof Long || a instanceof Short)
                && (b instanceof Integer || b instanceof Long || b instanceof Short)) {
            return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Integer.signum(Arrays.compareUnsigned(x, y));
        }
        return a.equals(b) ? 0 : 2;
    }

    private static boolean holds(int relOp, int order) {
        if (order == 2) {
            return relOp == Restriction.RELOP_NE;
        }
        return switch (relOp) {
            case Restriction.RELOP_LT -> order < 0;
            case Restriction.RELOP_LE -> order <= 0;
            case Restriction.RELOP_GT -> order > 0;
            case Restriction.RELOP_GE -> order >= 0;
            case Restriction.RELOP_EQ -> order == 0;
            default -> order != 0;
        };
    }

    private static int size(Object value) {
        return switch (value) {
            case String s -> s.length() * 2 + 2;
            case byte[] b -> b.length;
            case Long l -> 8;
            case Double d -> 8;
            case Instant i -> 8;
            case Boolean b -> 2;
            case Short s -> 2;
            default -> 4;
        };
    }
}
