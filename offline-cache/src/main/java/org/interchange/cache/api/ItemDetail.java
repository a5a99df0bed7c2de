package org.interchange.cache.api;

import java.util.List;
import java.util.Map;

/**
 * A whole cached item: its summary, bodies, kind-specific fields (keys in {@link ItemFields}) and
 * attachments. {@code bodyHtml} is the HTML as received; views must sanitize it before showing it.
 */
public record ItemDetail(ItemSummary summary, String recipients, String bodyText, String bodyHtml,
                         Map<String, String> fields, List<AttachmentInfo> attachments) {

    public String field(String name) {
        return fields.get(name);
    }
}
