package org.interchange.mapi.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;
import org.junit.jupiter.api.Test;

class PropertyTagListTest {
    private static final List<PropertyTag> EXPECTED = List.of(new PropertyTag(0x0037001F), new PropertyTag(0x67480014),
            new PropertyTag(0x0E1D001F));

    @Test
    void elementsAreTheTagsOfTheValuesAndTheListEqualsListOf() {
        List<PropertyTag> tags = PropertyTagList.adopt(new int[] {0x0037001F, 0x67480014, 0x0E1D001F});
        assertThat(tags).containsExactlyElementsOf(EXPECTED).isEqualTo(EXPECTED);
        assertThat(EXPECTED).isEqualTo(tags);
        assertThat(tags.hashCode()).isEqualTo(EXPECTED.hashCode());
        assertThat(tags.get(1).id()).isEqualTo(0x6748);
    }

    @Test
    void cannotBeChanged() {
        List<PropertyTag> tags = PropertyTagList.adopt(new int[] {0x0037001F});
        assertThatThrownBy(() -> tags.add(new PropertyTag(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tags.set(0, new PropertyTag(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tags.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isKeptAsItIsByFrozenListCopyOf() {
        List<PropertyTag> tags = PropertyTagList.adopt(new int[] {0x0037001F, 0x67480014});
        assertThat(FrozenList.copyOf(tags)).isSameAs(tags);
    }

    @Test
    void subListsCopyTheRangeAndTheWholeRangeIsTheListItself() {
        List<PropertyTag> tags = PropertyTagList.adopt(new int[] {0x0037001F, 0x67480014, 0x0E1D001F});
        assertThat(tags.subList(0, 3)).isSameAs(tags);
        assertThat(tags.subList(1, 3)).isEqualTo(EXPECTED.subList(1, 3));
        assertThat(tags.subList(2, 2)).isEmpty();
        assertThatThrownBy(() -> tags.subList(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> tags.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void noValuesIsTheEmptyList() {
        assertThat(PropertyTagList.adopt(new int[0])).isEmpty();
    }
}
