package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.SortOrder;

/**
 * RopSortTable request, [MS-OXCROPS] 2.2.5.2.1: SortTableFlags, SortOrderCount, CategorizedCount,
 * ExpandedCount and the sort orders (MS-OXCDATA 2.13.2 SortOrderSet).
 */
public record RopSortTableRequest(int logonId, int inputHandleIndex, int sortTableFlags, int categorizedCount,
                                  int expandedCount, List<SortOrder> sortOrders) implements RopRequest {

    public RopSortTableRequest {
        sortOrders = FrozenList.copyOf(sortOrders);
    }

    @Override
    public RopId ropId() {
        return RopId.SORT_TABLE;
    }

    static RopSortTableRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int flags = in.u8();
        int count = in.u16();
        int categorized = in.u16();
        int expanded = in.u16();
        RopWire.requireItems(in, count, 5, "RopSortTable SortOrders");
        List<SortOrder> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(SortOrder.decode(in));
        }
        return new RopSortTableRequest(logonId, index, flags, categorized, expanded, orders);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(sortTableFlags, "SortTableFlags")).u16(RopWire.u16(sortOrders.size(), "SortOrderCount"))
                .u16(RopWire.u16(categorizedCount, "CategorizedCount")).u16(RopWire.u16(expandedCount, "ExpandedCount"));
        sortOrders.forEach(order -> order.encode(out));
    }
}
