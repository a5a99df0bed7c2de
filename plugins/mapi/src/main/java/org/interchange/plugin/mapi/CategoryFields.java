package org.interchange.plugin.mapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemFields;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The categories of any item ([MS-OXCMSG] 2.2.1.17 PidNameKeywords, a multi-valued string named "Keywords" in
 * PS_PUBLIC_STRINGS) as the cache field {@link ItemFields#CATEGORIES}, both ways; "" (or no line) in the cache means
 * cleared, so nothing is written.
 */
final class CategoryFields {
    /** The item's categories, one per line, in the server's order. */
    static final String CATEGORIES = ItemFields.CATEGORIES;

    private CategoryFields() {
    }

    static void read(PropertyBag p, Map<String, String> f) {
        List<String> categories = p.strings(PidName.KEYWORDS).stream().map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
        if (!categories.isEmpty()) {
            f.put(CATEGORIES, String.join("\n", categories));
        }
    }

    static void write(Map<String, String> f, PropertyBag.Builder b) {
        List<String> categories = of(f);
        if (!categories.isEmpty()) {
            b.set(PidName.KEYWORDS, categories);
        }
    }

    /** The categories the field lists; empty when it is absent or cleared. */
    static List<String> of(Map<String, String> f) {
        String value = f.get(CATEGORIES);
        return value == null ? List.of() : Arrays.stream(value.split("\n")).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
    }
}
