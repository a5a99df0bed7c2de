package org.interchange.mapi.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.junit.jupiter.api.Test;

/** The stored form of embedded messages, [MS-OXCMSG] 2.2.2.9: round trip, and typed failures on bad bytes. */
class EmbeddedMessageCodecTest {

    private static NewMessage sample() {
        byte[] nested = EmbeddedMessageCodec.serialize(NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "deep"))));
        return new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, "inner"), PropertyValue.of(PidTag.BODY, "text")),
                List.of(List.of(PropertyValue.of(PidTag.RECIPIENT_TYPE, 1),
                        PropertyValue.of(PidTag.EMAIL_ADDRESS, "bob@example.org"))),
                List.of(List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 1),
                                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, new byte[] {1, 2})),
                        List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 5),
                                PropertyValue.of(PidTag.ATTACH_DATA_OBJECT, nested))));
    }

    @Test
    void roundTripsPropertiesRecipientsAndNestedAttachments() {
        NewMessage back = EmbeddedMessageCodec.deserialize(EmbeddedMessageCodec.serialize(sample()));

        assertThat(back.properties()).isEqualTo(sample().properties());
        assertThat(back.recipients()).isEqualTo(sample().recipients());
        assertThat(back.attachments()).hasSize(2);
        byte[] nested = (byte[]) back.attachments().get(1).get(1).value();
        assertThat(EmbeddedMessageCodec.deserialize(nested).properties())
                .containsExactly(PropertyValue.of(PidTag.SUBJECT, "deep"));
    }

    @Test
    void truncatedDataIsATypedError() {
        byte[] bytes = EmbeddedMessageCodec.serialize(sample());
        for (int cut : new int[] {0, 3, 7, bytes.length / 2, bytes.length - 1}) {
            assertThatThrownBy(() -> EmbeddedMessageCodec.deserialize(Arrays.copyOf(bytes, cut)))
                    .as("cut at %d", cut).isInstanceOf(EmbeddedMessageException.class);
        }
    }

    @Test
    void lengthsAndCountsLargerThanTheDataAreRejected() {
        byte[] hugeBag = new ByteWriter().i32(1).i32(Integer.MAX_VALUE).toByteArray();
        assertThatThrownBy(() -> EmbeddedMessageCodec.deserialize(hugeBag))
                .isInstanceOf(EmbeddedMessageException.class).hasMessageContaining("claims 2147483647 bytes");

        byte[] empty = PropertyBagSerializer.serialize(List.of());
        byte[] hugeCount = new ByteWriter().i32(1).i32(empty.length).bytes(empty).i32(1 << 30).toByteArray();
        assertThatThrownBy(() -> EmbeddedMessageCodec.deserialize(hugeCount))
                .isInstanceOf(EmbeddedMessageException.class).hasMessageContaining("recipient count out of range");
    }

    @Test
    void unknownVersionAndTrailingBytesAreRejected() {
        byte[] bytes = EmbeddedMessageCodec.serialize(sample());
        byte[] version = bytes.clone();
        version[0] = 9;
        assertThatThrownBy(() -> EmbeddedMessageCodec.deserialize(version))
                .isInstanceOf(EmbeddedMessageException.class).hasMessageContaining("version 9");
        byte[] trailing = Arrays.copyOf(bytes, bytes.length + 2);
        assertThatThrownBy(() -> EmbeddedMessageCodec.deserialize(trailing))
                .isInstanceOf(EmbeddedMessageException.class).hasMessageContaining("2 bytes follow");
    }
}
