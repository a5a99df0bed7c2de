package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

/** Lengths and counts the newer ROP codecs read are checked against the bytes left before anything is allocated. */
class NewRopsMalformedInputTest {

    private static void assertRequestRejected(String hex, String message) {
        assertThatThrownBy(() -> RopCodecs.decodeRequest(new ByteReader(hex(hex))))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining(message);
    }

    private static void assertResponseRejected(String hex, RopId id, String message) {
        assertThatThrownBy(() -> RopCodecs.decodeResponse(new ByteReader(hex(hex)),
                ResponseContext.of(new FakeRequest(id)))).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining(message);
    }

    @Test
    void hugeThirtyTwoBitSizesAreRefusedBeforeAllocating() {
        assertRequestRejected("78 00 00 ffffff7f 00", "SourceFolderIdSize 2147483647 exceeds");
        assertRequestRejected("93 00 00 0400 ffffffff", "claims 4294967295 ranges");
    }

    @Test
    void countsLargerThanTheBytesLeftAreRefused() {
        assertResponseRejected("5f 00 00000000 ffff 0100", RopId.QUERY_NAMED_PROPERTIES, "65535 claimed");
        assertResponseRejected("60 00 00000000 0500 00", RopId.GET_PER_USER_LONG_TERM_IDS, "5 claimed");
        assertResponseRejected("52 00 00000000 0900 01000000", RopId.GET_VALID_ATTACHMENTS, "9 claimed");
        assertResponseRejected("68 00 00000000 ffffffff 00", RopId.GET_RECEIVE_FOLDER_TABLE, "4294967295 claimed");
        assertRequestRejected("40 00 00 01 ffff 00", "65535 claimed");
        assertRequestRejected("41 00 00 01 ffff 00", "65535 claimed");
    }

    @Test
    void sizedFieldsLongerThanTheBufferAreRefused() {
        assertRequestRejected("19 00 00 ff00 00", "RopSeekRowBookmark Bookmark");
        assertRequestRejected("80 00 00 1000 0200 01", "MessageReadStates");
        assertResponseRejected("49 00 00000000 0100 0800 534d5450", RopId.GET_ADDRESS_TYPES, "AddressTypes");
        assertResponseRejected("6f 00 00000000 00 0500 01", RopId.OPTIONS_DATA, "OptionsInfo");
    }

    @Test
    void stringsWithoutTerminatorAreRefused() {
        assertRequestRejected("35 00 00 01 00 00 0100000000000000 414243", "no terminator");
        assertRequestRejected("36 00 00 01 00 00 01 0100000000000000 4100", "no terminator");
    }
}
