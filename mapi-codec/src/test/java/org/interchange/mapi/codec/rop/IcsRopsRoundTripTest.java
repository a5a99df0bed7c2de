package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.mapi.codec.rop.RopBytes.bytes;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RestrictionCodec;
import org.junit.jupiter.api.Test;

/** The ICS and FastTransfer download/upload ROPs, [MS-OXCROPS] 2.2.12 and 2.2.13. */
class IcsRopsRoundTripTest {
    private static final PropertyTag SOURCE_KEY = new PropertyTag(0x65E00102);
    private static final PropertyTag CNSET_SEEN = new PropertyTag(0x67960102);
    private static final UUID GUID = UUID.fromString("c8f0d0b4-5ce2-4a5c-a9b8-2f26a1fa0a01");

    private static List<RopRequest> requests() {
        return List.of(
                new RopSynchronizationConfigureRequest(0, 1, 2, RopSynchronizationConfigureRequest.CONTENTS, 0x01,
                        0x0010, RestrictionCodec.ROP.encode(new Restriction.Exist(SOURCE_KEY)), 0x0C, List.of(SOURCE_KEY)),
                new RopSynchronizationUploadStateStreamBeginRequest(0, 2, CNSET_SEEN, 4),
                new RopSynchronizationUploadStateStreamContinueRequest(0, 2, hex("01020304")),
                new RopSynchronizationUploadStateStreamEndRequest(0, 2),
                new RopFastTransferSourceGetBufferRequest(0, 2, RopFastTransferSourceGetBufferRequest.USE_MAXIMUM_BUFFER_SIZE,
                        0x8000),
                new RopFastTransferSourceGetBufferRequest(0, 2, 0x3C78, 0),
                new RopSynchronizationGetTransferStateRequest(0, 2, 3),
                new RopSynchronizationOpenCollectorRequest(0, 1, 4, true),
                new RopSynchronizationImportMessageChangeRequest(0, 4, 5, 0x00,
                        List.of(PropertyValue.of(SOURCE_KEY, hex("aabb")))),
                new RopSynchronizationImportHierarchyChangeRequest(0, 4, List.of(PropertyValue.of(SOURCE_KEY, hex("01"))),
                        List.of(PropertyValue.of(new PropertyTag(0x3001001F), "Folder"))),
                new RopSynchronizationImportDeletesRequest(0, 4, 0x02,
                        List.of(PropertyValue.of(new PropertyTag(0x00001102), List.of(hex("aabb"))))),
                new RopGetLocalReplicaIdsRequest(0, 0, 100));
    }

    private static List<RopResponse> responses() {
        return List.of(
                new RopSynchronizationConfigureResponse(2),
                new RopSynchronizationUploadStateStreamBeginResponse(2),
                new RopSynchronizationUploadStateStreamContinueResponse(2),
                new RopSynchronizationUploadStateStreamEndResponse(2),
                RopFastTransferSourceGetBufferResponse.of(2, RopFastTransferSourceGetBufferResponse.STATUS_PARTIAL,
                        hex("0300 0940 0000")),
                new RopFastTransferSourceGetBufferResponse(2, RopFastTransferSourceGetBufferResponse.EC_SERVER_BUSY,
                        0, 0, 0, 0, new byte[0], 2000),
                new RopSynchronizationGetTransferStateResponse(3),
                new RopSynchronizationOpenCollectorResponse(4),
                new RopSynchronizationImportMessageChangeResponse(5, 0x0001000000000042L),
                new RopSynchronizationImportHierarchyChangeResponse(4, 0x0001000000000043L),
                new RopSynchronizationImportDeletesResponse(4),
                new RopGetLocalReplicaIdsResponse(0, GUID, 0x1000));
    }

    @Test
    void requestsRoundTrip() {
        RopRequestBuffer buffer = new RopRequestBuffer(requests(), new int[] {0x21, 0x22});
        assertThat(RopRequestBuffer.decode(buffer.encode())).isEqualTo(buffer);
    }

    @Test
    void responsesRoundTrip() {
        RopResponseBuffer buffer = new RopResponseBuffer(responses(), new int[] {0x21, 0x22});
        byte[] bytes = buffer.encode();
        RopResponseBuffer decoded = RopResponseBuffer.decode(bytes, requests());
        assertThat(decoded).isEqualTo(buffer);
        assertThat(decoded.encode()).isEqualTo(bytes);
    }

    @Test
    void layouts() {
        assertThat(bytes(new RopSynchronizationConfigureRequest(0, 1, 2, 1, 0x01, 0x0010, new byte[0], 0x0C,
                List.of(SOURCE_KEY)))).isEqualTo(hex("70 00 01 02 01 01 1000 0000 0c000000 0100 0201e065"));
        assertThat(bytes(new RopFastTransferSourceGetBufferRequest(0, 2, 0xBABE, 0x8000)))
                .isEqualTo(hex("4e 00 02 bebA 0080"));
        assertThat(bytes(new RopFastTransferSourceGetBufferResponse(2, 0x480, 0, 0, 0, 0, new byte[0], 2000)))
                .isEqualTo(hex("4e 02 80040000 0000 0000 0000 00 0000 d0070000"));
        assertThat(bytes(RopFastTransferSourceGetBufferResponse.of(2, 3, hex("aa"))))
                .isEqualTo(hex("4e 02 00000000 0300 0000 0000 00 0100 aa"));
        assertThat(bytes(new RopSynchronizationUploadStateStreamContinueRequest(0, 2, hex("0102"))))
                .isEqualTo(hex("76 00 02 02000000 0102"));
        assertThat(bytes(new RopGetLocalReplicaIdsResponse(0, GUID, 0x1000)))
                .endsWith(hex("000000001000"));
        RopSynchronizationConfigureRequest withRestriction = (RopSynchronizationConfigureRequest) requests().getFirst();
        assertThat(withRestriction.restriction()).contains(new Restriction.Exist(SOURCE_KEY));
    }
}
