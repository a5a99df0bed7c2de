package org.interchange.cache.h2;

import java.util.Locale;
import java.util.Optional;

/** The address part of a sender or recipient written "Name &lt;address&gt;" or bare (RFC 5322 3.4 name-addr). */
final class MailAddresses {
    private MailAddresses() {
    }

    /** The lower-cased address of {@code person}, or empty when it holds none (no '@'). */
    static Optional<String> address(String person) {
        if (person == null) {
            return Optional.empty();
        }
        String text = person.strip();
        int open = text.lastIndexOf('<');
        int close = text.lastIndexOf('>');
        if (open >= 0 && close > open) {
            text = text.substring(open + 1, close).strip();
        }
        if (text.isEmpty() || text.indexOf('@') <= 0 || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(text.toLowerCase(Locale.ROOT));
    }
}
