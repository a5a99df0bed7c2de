package org.interchange.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.interchange.cache.api.ItemContent;

/** What a view writes for a new contact or task ([MS-OXCMSG] 2.2.3 properties of a new message): no empty fields. */
public final class NewItems {
    private NewItems() {
    }

    /** {@code content} without the fields the form left empty, so a new item carries no blank properties. */
    public static ItemContent withoutEmptyFields(ItemContent content) {
        Map<String, String> fields = new LinkedHashMap<>(content.fields());
        fields.values().removeIf(String::isEmpty);
        return new ItemContent(content.subject(), content.bodyText(), content.bodyHtml(), content.date(),
                content.endDate(), fields);
    }
}
