package org.interchange.mapi.client.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interchange.mapi.codec.fxics.StreamProperty;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PropertyBag;
import org.junit.jupiter.api.Test;

class EventMapperTest {
    @Test
    void aDownloadedBagAnswersNamedPropertiesByTheIdAndStringNamesTheStreamCarried() {
        PropertyTag keywords = PropertyTag.of(0x8101, PropertyType.MULTIPLE_STRING);
        PropertyTag location = PropertyTag.of(0x8102, PidLid.LOCATION.type());
        PropertyBag bag = EventMapper.bag(List.of(
                new StreamProperty(PropertyValue.of(keywords, List.of("Red", "Blue")),
                        PropertyName.ofName(PidName.PS_PUBLIC_STRINGS, "Keywords")),
                new StreamProperty(PropertyValue.of(location, "Room 1"),
                        PropertyName.ofId(PidLid.LOCATION.propertySet(), PidLid.LOCATION.lid()))));

        assertThat(bag.strings(PidName.KEYWORDS)).containsExactly("Red", "Blue");
        assertThat(bag.string(PidLid.LOCATION)).isEqualTo("Room 1");
    }
}
