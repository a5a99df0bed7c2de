package org.interchange.mapi.codec.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that a decoder built and hands over, so that the structures
 * of [MS-OXCDATA] 2.8 and [MS-OXCROPS] 2.2 decode without the second array {@link List#copyOf}
 * would make. Like the lists of {@link List#of}, it holds no nulls and cannot be changed.
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] items;

    private FrozenList(Object[] items) {
        this.items = items;
    }

    /**
     * The list of {@code items}, which the caller gives up: it must not write to the array again.
     *
     * @throws NullPointerException when an item is null
     */
    @SafeVarargs
    public static <E> List<E> adopt(E... items) {
        for (Object item : items) {
            Objects.requireNonNull(item, "list element");
        }
        return items.length == 0 ? List.of() : new FrozenList<>(items);
    }

    /**
     * {@link List#copyOf}, except that a list that is already frozen (a {@code FrozenList} or a
     * {@link PropertyTagList}) is returned as it is.
     */
    @SuppressWarnings("unchecked")
    public static <E> List<E> copyOf(Collection<? extends E> list) {
        return list instanceof FrozenList<?> || list instanceof PropertyTagList ? (List<E>) list : List.copyOf(list);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Object[] toArray() {
        return items.clone();
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, items.length);
        if (fromIndex == 0 && toIndex == items.length) {
            return this;
        }
        return fromIndex == toIndex ? List.of() : new FrozenList<>(Arrays.copyOfRange(items, fromIndex, toIndex));
    }
}
