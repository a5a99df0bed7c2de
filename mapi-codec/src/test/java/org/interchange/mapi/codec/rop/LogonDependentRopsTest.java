package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

/** The requests whose layout depends on the kind of logon, [MS-OXCROPS] 2.2.6.11.1 and 2.2.3.13.1. */
class LogonDependentRopsTest {
    private static final byte[] CLIENT_DATA = hex("000102030405060708090a0b0c0d0e0f1011121314151617");
    private static final UUID GUID = UUID.fromString("c8f0d0b4-5ce2-4a5c-a9b8-2f26a1fa0a01");
    private static final LongTermId FOLDER = new LongTermId(GUID, 0x1234, 0);

    @Test
    void setMessageReadFlagCarriesClientDataOnlyOnPublicFolderLogons() {
        RopLogonRequest publicLogon = new RopLogonRequest(1, 0, 0x00, 0x02, 0, "");
        RopSetMessageReadFlagRequest onPublic = new RopSetMessageReadFlagRequest(1, 2, 3, 0x04, CLIENT_DATA);
        RopSetMessageReadFlagRequest onPrivate = new RopSetMessageReadFlagRequest(0, 2, 3, 0x04, new byte[0]);
        RopRequestBuffer buffer = new RopRequestBuffer(List.of(publicLogon, onPublic, onPrivate), new int[4]);
        byte[] bytes = buffer.encode();

        RequestContext serverLogons = logonId -> logonId == 0 ? Optional.of(RopLogonRequest.LOGON_FLAG_PRIVATE)
                : Optional.empty();
        RopRequestBuffer decoded = RopRequestBuffer.decode(bytes, serverLogons);

        assertThat(decoded).isEqualTo(buffer);
        assertThat(decoded.encode()).isEqualTo(bytes);
        assertThat(decoded.rops().get(2).responseHandleIndex()).isEqualTo(3);
    }

    @Test
    void aLogonDependentRequestOnAnUnknownLogonIsATypedError() {
        byte[] bytes = new RopRequestBuffer(List.of(new RopSetMessageReadFlagRequest(5, 0, 1, 0, new byte[0])),
                new int[2]).encode();
        assertThatThrownBy(() -> RopRequestBuffer.decode(bytes)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("logon 5 needs to know whether the logon is private");
    }

    @Test
    void setMessageReadFlagResponseEchoesClientDataWhenTheStatusChanged() {
        List<RopRequest> requests = List.of(new RopSetMessageReadFlagRequest(1, 2, 3, 0, CLIENT_DATA),
                new RopSetMessageReadFlagRequest(0, 2, 3, 0, new byte[0]));
        RopResponseBuffer buffer = new RopResponseBuffer(List.of(
                new RopSetMessageReadFlagResponse(3, true, 1, CLIENT_DATA),
                new RopSetMessageReadFlagResponse(3, false, 0, new byte[0])), new int[4]);
        byte[] bytes = buffer.encode();
        assertThat(bytes).containsSequence(hex("11 03 00000000 01 01 000102030405060708090a0b0c0d0e0f1011121314151617"));
        assertThat(RopResponseBuffer.decode(bytes, requests)).isEqualTo(buffer);
    }

    @Test
    void writePerUserInformationCarriesReplGuidOnlyOnPrivateLogonsAtOffsetZero() {
        RopWritePerUserInformationRequest first = new RopWritePerUserInformationRequest(0, 1, FOLDER, false, 0,
                hex("aabb"), Optional.of(GUID));
        RopWritePerUserInformationRequest next = new RopWritePerUserInformationRequest(0, 1, FOLDER, true, 2,
                hex("cc"), Optional.empty());
        RopWritePerUserInformationRequest onPublic = new RopWritePerUserInformationRequest(1, 1, FOLDER, true, 0,
                hex("dd"), Optional.empty());
        List<RopRequest> rops = List.of(new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0, "/o=x"),
                new RopLogonRequest(1, 1, 0, 0x02, 0, ""), first, next, onPublic);
        RopRequestBuffer buffer = new RopRequestBuffer(rops, new int[2]);
        byte[] bytes = buffer.encode();
        RopRequestBuffer decoded = RopRequestBuffer.decode(bytes);
        assertThat(decoded).isEqualTo(buffer);
        assertThat(decoded.encode()).isEqualTo(bytes);
        assertThatThrownBy(() -> new RopWritePerUserInformationRequest(0, 1, FOLDER, true, 2, hex("cc"),
                Optional.of(GUID))).isInstanceOf(MapiCodecException.class);
    }
}
