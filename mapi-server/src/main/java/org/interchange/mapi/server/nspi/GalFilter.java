package org.interchange.mapi.server.nspi;

import java.util.Locale;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;

/**
 * Applies a GetMatches Filter to GAL entries, [MS-OXNSPI] 3.1.4.1.10 with the restriction
 * semantics of [MS-OXCDATA] 2.12: And, Or, Not, Exist, Content (full string, substring, prefix,
 * optionally ignoring case) and Property (the six relational operators on strings and integers).
 * Any other restriction is {@link TooComplexException}, answered with ecTooComplex.
 */
final class GalFilter {
    private final AddressBookProperties properties;

    GalFilter(AddressBookProperties properties) {
        this.properties = properties;
    }

    /** A restriction this server cannot evaluate. */
    static final class TooComplexException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplexException(String message) {
            super(message);
        }
    }

    boolean matches(Restriction restriction, GalEntry entry) {
        return switch (restriction) {
            case Restriction.And and -> and.restrictions().stream().allMatch(r -> matches(r, entry));
            case Restriction.Or or -> or.restrictions().stream().anyMatch(r -> matches(r, entry));
            case Restriction.Not not -> !matches(not.restriction(), entry);
            case Restriction.Exist exist -> properties.value(entry, exist.propertyTag(), false).isPresent();
            case Restriction.Content content -> content(content, entry);
            case Restriction.Property property -> property(property, entry);
            default -> throw new TooComplexException(restriction.getClass().getSimpleName() + " restriction");
        };
    }

    private boolean content(Restriction.Content content, GalEntry entry) {
        Optional<PropertyValue> value = properties.value(entry, content.propertyTag(), false);
        if (value.isEmpty() || !(value.get().value() instanceof String text)
                || !(content.taggedValue().value() instanceof String wanted)) {
            return false;
        }
        if ((content.fuzzyLevelHigh() & Restriction.Content.IGNORECASE) != 0) {
            text = text.toLowerCase(Locale.ROOT);
            wanted = wanted.toLowerCase(Locale.ROOT);
        }
        return switch (content.fuzzyLevelLow()) {
            case Restriction.Content.FULLSTRING -> text.equals(wanted);
            case Restriction.Content.SUBSTRING -> text.contains(wanted);
            case Restriction.Content.PREFIX -> text.startsWith(wanted);
            default -> throw new TooComplexException("FuzzyLevelLow " + content.fuzzyLevelLow());
        };
    }

    private boolean property(Restriction.Property property, GalEntry entry) {
        Optional<PropertyValue> value = properties.value(entry, property.propertyTag(), false);
        if (value.isEmpty()) {
            return false;
        }
        Object have = value.get().value();
        Object want = property.taggedValue().value();
        int order;
        if (have instanceof String a && want instanceof String b) {
            order = a.compareToIgnoreCase(b);
        } else if (have instanceof Integer a && want instanceof Integer b) {
            order = Integer.compare(a, b);
        } else {
            return false;
        }
        return switch (property.relOp()) {
            case 0 -> order < 0;
            case 1 -> order <= 0;
            case 2 -> order > 0;
            case 3 -> order >= 0;
            case 4 -> order == 0;
            case 5 -> order != 0;
            default -> throw new TooComplexException("RelOp " + property.relOp());
        };
    }
}
