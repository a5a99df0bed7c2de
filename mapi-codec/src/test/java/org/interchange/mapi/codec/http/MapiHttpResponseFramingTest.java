package org.interchange.mapi.codec.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

class MapiHttpResponseFramingTest {
    private static final byte[] BODY = {0, 0, 0, 0, 0x0D, 0x0A, (byte) 0xFF, 0x0A};

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] wire() {
        String text = "PROCESSING\r\nPENDING\r\nPENDING\r\nDONE\r\nX-ResponseCode: 0\r\n"
                + "X-ElapsedTime: 12\r\nX-StartTime: Sun, 29 Nov 2026 14:00:00 GMT\r\n\r\n";
        return concat(text.getBytes(StandardCharsets.US_ASCII), BODY);
    }

    @Test
    void parsesMetaTagsHeadersAndBinaryBody() {
        MapiHttpResponse response = MapiHttpResponseParser.parse(wire());

        assertThat(response.pendingCount()).isEqualTo(2);
        assertThat(response.responseCode()).hasValue(0);
        assertThat(response.header("x-elapsedtime")).hasValue("12");
        assertThat(response.header(MapiHttpHeaders.X_START_TIME)).hasValue("Sun, 29 Nov 2026 14:00:00 GMT");
        assertThat(response.additionalHeaders().keySet())
                .containsExactly("X-ResponseCode", "X-ElapsedTime", "X-StartTime");
        assertThat(response.body()).containsExactly(BODY);
    }

    @Test
    void writerProducesTheSameBytes() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-ResponseCode", "0");
        headers.put("X-ElapsedTime", "12");
        headers.put("X-StartTime", "Sun, 29 Nov 2026 14:00:00 GMT");
        MapiHttpResponse response = new MapiHttpResponse(2, headers, BODY);

        assertThat(response.encode()).containsExactly(wire());
        byte[] streamed = concat(concat(concat(MapiHttpResponseWriter.processing(), MapiHttpResponseWriter.pending()),
                MapiHttpResponseWriter.pending()), MapiHttpResponseWriter.done(headers, BODY));
        assertThat(streamed).containsExactly(wire());
        assertThat(MapiHttpResponse.decode(response.encode())).isEqualTo(response);
    }

    @Test
    void executeResponseTravelsThroughFramingAndExtendedBuffers() {
        byte[] rops = org.interchange.mapi.codec.rpc.HexDumps.read(
                "openchange/002_Outlook_2007_in_Tables_operations_rgbIn_decompressed.hex");
        byte[] ropBuffer = org.interchange.mapi.codec.rpc.ExtendedBuffers.wrap(rops, true, true);
        ExecuteResponse execute = new ExecuteResponse(0, 0, 0, ropBuffer, new byte[0]);
        byte[] wire = MapiHttpResponse.of(MapiHttpResponseCode.SUCCESS, Map.of(), execute.encode()).encode();

        MapiHttpResponse framed = MapiHttpResponseParser.parse(wire);
        ExecuteResponse decoded = ExecuteResponse.decode(framed.body());

        assertThat(framed.responseCode()).hasValue(0);
        assertThat(org.interchange.mapi.codec.rpc.ExtendedBuffers.unwrapSingle(decoded.ropBuffer()))
                .containsExactly(rops);
    }

    @Test
    void pushParserAcceptsAnySplit() {
        byte[] all = wire();
        for (int split = 0; split <= all.length; split++) {
            MapiHttpResponseParser parser = new MapiHttpResponseParser();
            parser.feed(all, 0, split);
            parser.feed(all, split, all.length - split);
            assertThat(parser.finish()).isEqualTo(MapiHttpResponseParser.parse(all));
        }
        MapiHttpResponseParser byteWise = new MapiHttpResponseParser();
        for (byte b : all) {
            byteWise.feed(new byte[] {b});
        }
        assertThat(byteWise.headersComplete()).isTrue();
        assertThat(byteWise.pendingCount()).isEqualTo(2);
        assertThat(byteWise.finish().body()).containsExactly(BODY);
    }

    @Test
    void responseCodeEnumCoversTheSpecTable() {
        MapiHttpResponse failed = MapiHttpResponse.of(MapiHttpResponseCode.CONTEXT_NOT_FOUND, Map.of(), new byte[0]);
        byte[] wire = failed.encode();
        assertThat(new String(wire, StandardCharsets.US_ASCII))
                .isEqualTo("PROCESSING\r\nDONE\r\nX-ResponseCode: 10\r\n\r\n");
        assertThat(MapiHttpResponseCode.fromCode(MapiHttpResponse.decode(wire).responseCode().getAsInt()))
                .contains(MapiHttpResponseCode.CONTEXT_NOT_FOUND);
        assertThat(MapiHttpResponseCode.fromCode(18)).contains(MapiHttpResponseCode.ENDPOINT_SHUTTING_DOWN);
        assertThat(MapiHttpResponseCode.fromCode(19)).isEmpty();
        assertThat(MapiHttpRequestType.fromHeader("execute")).contains(MapiHttpRequestType.EXECUTE);
    }

    @Test
    void truncatedOrMalformedFramingIsRejected() {
        byte[] all = wire();
        int headerEnd = all.length - BODY.length;
        for (int n = 0; n < headerEnd; n++) {
            byte[] truncated = Arrays.copyOf(all, n);
            assertThatThrownBy(() -> MapiHttpResponseParser.parse(truncated))
                    .isInstanceOf(MapiCodecException.class).hasMessageContaining("truncated");
        }
        assertThatThrownBy(() -> parse("PENDING\r\nDONE\r\n\r\n")).hasMessageContaining("PROCESSING");
        assertThatThrownBy(() -> parse("PROCESSING\r\nWORKING\r\nDONE\r\n\r\n")).hasMessageContaining("WORKING");
        assertThatThrownBy(() -> parse("PROCESSING\r\nDONE\r\nNoColon\r\n\r\n")).hasMessageContaining("NoColon");
        assertThatThrownBy(() -> parse("PROCESSING\r\nDONE\r\nX-ResponseCode: x\r\n\r\n"))
                .isInstanceOf(MapiCodecException.class);
        assertThatThrownBy(() -> parse("PROCESSING\r\nDONE\r\nA: 1\r\na: 2\r\n\r\n")).hasMessageContaining("repeated");
        assertThatThrownBy(() -> parse("PROCESSING" + "x".repeat(5000) + "\r\n"))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("longer");
        MapiHttpResponseParser small = new MapiHttpResponseParser(4);
        small.feed("PROCESSING\r\nDONE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> small.feed(new byte[5])).isInstanceOf(MapiCodecException.class);
        assertThatThrownBy(() -> MapiHttpResponseWriter.done(Map.of("X-Bad", "a\r\nb"), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MapiHttpResponse parse(String text) {
        return MapiHttpResponseParser.parse(text.getBytes(StandardCharsets.US_ASCII));
    }
}
