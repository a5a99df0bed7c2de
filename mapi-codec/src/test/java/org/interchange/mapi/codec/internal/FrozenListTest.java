package org.interchange.mapi.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrozenListTest {

    @Test
    void adoptedArrayIsAnUnmodifiableListEqualToListOf() {
        List<String> list = FrozenList.adopt("a", "b", "c");
        assertThat(list).containsExactly("a", "b", "c").isEqualTo(List.of("a", "b", "c"));
        assertThat(list.hashCode()).isEqualTo(List.of("a", "b", "c").hashCode());
        assertThatThrownBy(() -> list.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.iterator().remove()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullsAreRejectedLikeListOf() {
        assertThatThrownBy(() -> FrozenList.adopt("a", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void copyOfKeepsFrozenListsAndCopiesOthers() {
        List<String> frozen = FrozenList.adopt("a", "b");
        assertThat(FrozenList.copyOf(frozen)).isSameAs(frozen);
        List<String> mutable = new ArrayList<>(List.of("a"));
        List<String> copy = FrozenList.copyOf(mutable);
        mutable.add("b");
        assertThat(copy).containsExactly("a");
    }

    @Test
    void subListsAreFrozenCopiesAndTheWholeRangeIsTheListItself() {
        List<String> list = FrozenList.adopt("a", "b", "c");
        assertThat(list.subList(0, 3)).isSameAs(list);
        assertThat(list.subList(1, 3)).containsExactly("b", "c");
        assertThat(list.subList(2, 2)).isEmpty();
        assertThatThrownBy(() -> list.subList(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
