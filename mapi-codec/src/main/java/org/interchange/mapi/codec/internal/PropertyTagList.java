package org.interchange.mapi.codec.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * An unmodifiable list of property tags ([MS-OXCDATA] 2.9) kept as the 32-bit values read from the
 * wire: a decoded tag list ([MS-OXCROPS] 2.2.5.1.1 PropertyTags and the like) costs one int array,
 * and a {@link PropertyTag} is only looked up, through {@link PropertyTag#valueOf}, when an element
 * is read.
 */
public final class PropertyTagList extends AbstractList<PropertyTag> implements RandomAccess {
    private final int[] values;

    private PropertyTagList(int[] values) {
        this.values = values;
    }

    /** The list of the tags {@code values}, which the caller gives up: it must not write to the array again. */
    public static List<PropertyTag> adopt(int[] values) {
        return values.length == 0 ? List.of() : new PropertyTagList(values);
    }

    @Override
    public PropertyTag get(int index) {
        return PropertyTag.valueOf(values[index]);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public List<PropertyTag> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, values.length);
        if (fromIndex == 0 && toIndex == values.length) {
            return this;
        }
        return adopt(Arrays.copyOfRange(values, fromIndex, toIndex));
    }
}
