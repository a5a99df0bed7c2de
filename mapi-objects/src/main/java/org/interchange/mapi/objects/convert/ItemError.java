package org.interchange.mapi.objects.convert;

import java.util.Objects;

/** One item that could not be converted: which item (as the user would find it) and what was wrong. */
public record ItemError(String item, String message) {
    public ItemError {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return item + ": " + message;
    }
}
