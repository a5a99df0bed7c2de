package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A SortOrderSet, [MS-OXCDATA] 2.13.2: SortOrderCount, CategorizedCount (how many leading sort
 * orders are categories), ExpandedCount (how many of those are expanded) and the sort orders.
 */
public record SortOrderSet(List<SortOrder> sortOrders, int categorizedCount, int expandedCount) {

    public SortOrderSet {
        sortOrders = FrozenList.copyOf(sortOrders);
        if (sortOrders.size() > 0xFFFF) {
            throw new MapiCodecException(sortOrders.size() + " sort orders do not fit a 16-bit SortOrderCount");
        }
        if (categorizedCount < 0 || categorizedCount > sortOrders.size()) {
            throw new MapiCodecException("CategorizedCount " + categorizedCount + " is outside 0.." + sortOrders.size());
        }
        if (expandedCount < 0 || expandedCount > categorizedCount) {
            throw new MapiCodecException("ExpandedCount " + expandedCount + " is outside 0.." + categorizedCount);
        }
    }

    /** Plain sorting with no categories. */
    public static SortOrderSet of(SortOrder... orders) {
        return new SortOrderSet(List.of(orders), 0, 0);
    }

    public static SortOrderSet decode(ByteReader in) {
        int count = in.u16();
        int categorized = in.u16();
        int expanded = in.u16();
        if ((long) count * SortOrder.SIZE > in.remaining()) {
            throw new MapiCodecException("SortOrderCount " + count + " at offset " + (in.position() - 6)
                    + " needs " + count * SortOrder.SIZE + " bytes but only " + in.remaining() + " remain");
        }
        List<SortOrder> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(SortOrder.decode(in));
        }
        return new SortOrderSet(orders, categorized, expanded);
    }

    public void encode(ByteWriter out) {
        out.u16(sortOrders.size()).u16(categorizedCount).u16(expandedCount);
        sortOrders.forEach(o -> o.encode(out));
    }
}
