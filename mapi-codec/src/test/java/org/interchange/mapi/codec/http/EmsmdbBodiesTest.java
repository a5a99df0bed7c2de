package org.interchange.mapi.codec.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

class EmsmdbBodiesTest {

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void connectRequestMatchesTheSpecLayoutByteForByte() {
        // [MS-OXCMAPIHTTP] 2.2.4.1.1: UserDn (ASCII, NUL), Flags, DefaultCodePage, LcidSort, LcidString,
        // AuxiliaryBufferSize, AuxiliaryBuffer; all integers little-endian.
        byte[] expected = bytes(
                '/', 'o', '=', 'X', 0,
                0x00, 0x00, 0x00, 0x00,       // Flags
                0xE4, 0x04, 0x00, 0x00,       // DefaultCodePage 1252
                0x09, 0x04, 0x00, 0x00,       // LcidSort 0x0409
                0x07, 0x04, 0x00, 0x00,       // LcidString 0x0407
                0x02, 0x00, 0x00, 0x00,       // AuxiliaryBufferSize 2
                0xAB, 0xCD);                  // AuxiliaryBuffer
        ConnectRequest request = new ConnectRequest("/o=X", 0, 1252, 0x0409, 0x0407, bytes(0xAB, 0xCD));

        assertThat(request.encode()).containsExactly(expected);
        assertThat(ConnectRequest.decode(expected)).isEqualTo(request);
    }

    @Test
    void connectSuccessResponseMatchesTheSpecLayoutByteForByte() {
        // [MS-OXCMAPIHTTP] 2.2.4.1.2: StatusCode, ErrorCode, MaxPollingInterval, RetryCount, RetryDelay,
        // DnPrefix (ASCII, NUL), DisplayName (UTF-16LE, NUL NUL), AuxiliaryBufferSize, AuxiliaryBuffer.
        byte[] expected = bytes(
                0, 0, 0, 0,
                0, 0, 0, 0,
                0x60, 0xEA, 0, 0,             // 60000 ms
                0x06, 0, 0, 0,
                0x10, 0x27, 0, 0,             // 10000 ms
                '/', 'o', 0,
                'J', 0, 0xE9, 0, 0, 0,        // "Jé"
                0, 0, 0, 0);
        ConnectResponse response = new ConnectResponse(0, 0, 60000, 6, 10000, "/o", "Jé", new byte[0]);

        assertThat(response.encode()).containsExactly(expected);
        assertThat(ConnectResponse.decode(expected)).isEqualTo(response);
    }

    @Test
    void failureResponsesCarryOnlyStatusAndAuxiliaryBuffer() {
        byte[] wire = bytes(0x05, 0, 0, 0, 0x01, 0, 0, 0, 0x77);
        assertThat(ConnectResponse.decode(wire)).isEqualTo(ConnectResponse.failure(5, bytes(0x77)));
        assertThat(ExecuteResponse.decode(wire)).isEqualTo(ExecuteResponse.failure(5, bytes(0x77)));
        assertThat(DisconnectResponse.decode(wire)).isEqualTo(new DisconnectResponse(5, 0, bytes(0x77)));
        assertThat(ConnectResponse.failure(5, bytes(0x77)).encode()).containsExactly(wire);
        assertThat(ExecuteResponse.failure(5, bytes(0x77)).encode()).containsExactly(wire);
        assertThat(ConnectResponse.decode(wire).isSuccess()).isFalse();
        assertThatThrownBy(() -> new ExecuteResponse(5, 1, 0, new byte[0], new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void executeBodiesRoundTrip() {
        ExecuteRequest request = new ExecuteRequest(ExecuteRequest.FLAG_NO_XOR_MAGIC, bytes(1, 2, 3), 0x40000, bytes(9));
        byte[] wire = request.encode();
        assertThat(wire).containsExactly(bytes(
                0x02, 0, 0, 0, 0x03, 0, 0, 0, 1, 2, 3, 0, 0, 0x04, 0, 0x01, 0, 0, 0, 9));
        assertThat(ExecuteRequest.decode(wire)).isEqualTo(request);

        ExecuteResponse response = new ExecuteResponse(0, 0x80040111, 0, bytes(4, 5), new byte[0]);
        assertThat(ExecuteResponse.decode(response.encode())).isEqualTo(response);
        assertThat(response.encode()).hasSize(4 + 4 + 4 + 4 + 2 + 4);
    }

    @Test
    void disconnectBodiesRoundTrip() {
        DisconnectRequest request = new DisconnectRequest(bytes(1, 2));
        assertThat(request.encode()).containsExactly(2, 0, 0, 0, 1, 2);
        assertThat(DisconnectRequest.decode(request.encode())).isEqualTo(request);
        DisconnectResponse response = new DisconnectResponse(0, 0, new byte[0]);
        assertThat(response.encode()).containsExactly(new byte[12]);
        assertThat(DisconnectResponse.decode(new byte[12])).isEqualTo(response);
    }

    @Test
    void notificationWaitBodiesMatchTheSpecLayout() {
        NotificationWaitRequest request = new NotificationWaitRequest(0, new byte[0]);
        assertThat(request.encode()).containsExactly(new byte[8]);
        assertThat(NotificationWaitRequest.decode(new byte[8])).isEqualTo(request);

        byte[] wire = bytes(0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0, 0, 0, 0, 0, 0, 0);
        NotificationWaitResponse response = NotificationWaitResponse.decode(wire);
        assertThat(response.isSuccess()).isTrue();
        assertThat(response.isEventPending()).isTrue();
        assertThat(response.encode()).containsExactly(wire);
        assertThat(NotificationWaitResponse.decode(bytes(3, 0, 0, 0, 0, 0, 0, 0)))
                .isEqualTo(new NotificationWaitResponse(3, 0, 0, new byte[0]));
    }

    @Test
    void recordsAreImmutable() {
        byte[] rop = bytes(1, 2, 3);
        ExecuteRequest request = new ExecuteRequest(0, rop, 100, new byte[0]);
        rop[0] = 9;
        request.ropBuffer()[1] = 9;
        assertThat(request.ropBuffer()).containsExactly(1, 2, 3);
    }

    @Test
    void malformedBodiesAreRejected() {
        byte[] good = new ExecuteRequest(0, bytes(1, 2, 3), 100, bytes(4)).encode();
        for (int n = 0; n < good.length; n++) {
            byte[] truncated = Arrays.copyOf(good, n);
            assertThatThrownBy(() -> ExecuteRequest.decode(truncated)).isInstanceOf(MapiCodecException.class);
        }
        byte[] hugeSize = good.clone();
        hugeSize[4] = (byte) 0xFF;
        hugeSize[7] = (byte) 0x7F;
        assertThatThrownBy(() -> ExecuteRequest.decode(hugeSize))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("RopBufferSize");
        byte[] trailing = Arrays.copyOf(good, good.length + 1);
        assertThatThrownBy(() -> ExecuteRequest.decode(trailing))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("trailing");
        assertThatThrownBy(() -> ConnectRequest.decode(bytes('/', 'o')))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("terminator");
        assertThatThrownBy(() -> ConnectResponse.decode(bytes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 'J', 0))).isInstanceOf(MapiCodecException.class);
    }
}
