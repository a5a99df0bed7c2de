package org.interchange.mapi.objects.convert;

import java.util.List;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * The items read from one file and the items that failed: one malformed item never stops the
 * others ([MS-OXCICAL] 2.1.3 / RFC 6350 import, [MS-OXCMAIL] for mail).
 */
public record ReadResult(List<MapiMessage> items, List<ItemError> errors) {
    public ReadResult {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
    }
}
