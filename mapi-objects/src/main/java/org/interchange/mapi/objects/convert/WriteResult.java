package org.interchange.mapi.objects.convert;

import java.util.List;

/** A file's text with how many items went into it and the items that could not be written. */
public record WriteResult(String text, int written, List<ItemError> errors) {
    public WriteResult {
        errors = List.copyOf(errors);
    }
}
