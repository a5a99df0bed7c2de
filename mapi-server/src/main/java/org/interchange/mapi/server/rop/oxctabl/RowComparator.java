package org.interchange.mapi.server.rop.oxctabl;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.SortOrder;
import org.interchange.mapi.server.rop.ColumnValues;
import org.interchange.mapi.server.rop.PropertySource;

/**
 * Orders table rows by SortOrders, [MS-OXCDATA] 2.13 and [MS-OXCTABL] 3.2.5.3: numbers and times
 * by value, strings ignoring case, binaries as unsigned bytes; a row without the property sorts
 * before rows that have it (after them when descending).
 */
final class RowComparator implements Comparator<PropertySource> {
    private final List<SortOrder> orders;

    RowComparator(List<SortOrder> orders) {
        this.orders = List.copyOf(orders);
    }

    @Override
    public int compare(PropertySource a, PropertySource b) {
        for (SortOrder order : orders) {
            int c = compareValues(value(a, order), value(b, order));
            if (c != 0) {
                return order.order() == SortOrder.DESCENDING ? -c : c;
            }
        }
        return 0;
    }

    private static Object value(PropertySource row, SortOrder order) {
        PropertyValue v = ColumnValues.lookup(row, order.propertyTag(), Integer.MAX_VALUE);
        return v == null || v.isError() ? null : v.value();
    }

    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return switch (a) {
            case Float f when b instanceof Number n -> Double.compare(f, n.doubleValue());
            case Double d when b instanceof Number n -> Double.compare(d, n.doubleValue());
            case Number n when b instanceof Number m -> Long.compare(n.longValue(), m.longValue());
            case String s when b instanceof String t -> String.CASE_INSENSITIVE_ORDER.compare(s, t);
            case Instant i when b instanceof Instant j -> i.compareTo(j);
            case Boolean x when b instanceof Boolean y -> Boolean.compare(x, y);
            case byte[] x when b instanceof byte[] y -> Arrays.compareUnsigned(x, y);
            case UUID x when b instanceof UUID y -> x.compareTo(y);
            default -> 0;
        };
    }
}
