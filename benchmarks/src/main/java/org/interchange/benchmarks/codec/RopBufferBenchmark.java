package org.interchange.benchmarks.codec;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ROP buffer decode and encode ([MS-OXCROPS] 2.2.1): the Outlook 2007 request buffers of the
 * vectors, and a RopSetColumns + RopQueryRows response buffer carrying the openchange rows
 * repeated to fill it. Throughput in operations per second; MB/s = ops/s x {@link #size}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RopBufferBenchmark {
    /** Which buffer: the two Outlook request captures, or the QueryRows response. */
    @Param({"request-ModifyRecipients", "request-Tables", "response-QueryRows"})
    public String buffer;

    private byte[] bytes;
    private List<RopRequest> requests;
    private RopRequestBuffer decodedRequest;
    private RopResponseBuffer decodedResponse;

    @Setup
    public void setUp() {
        switch (buffer) {
            case "request-ModifyRecipients" -> bytes = Vectors.outlookRequestBuffers().get(0);
            case "request-Tables" -> bytes = Vectors.outlookRequestBuffers().get(1);
            default -> {
                List<PropertyTag> columns = List.of(new PropertyTag(0x0C1A001E), new PropertyTag(0x1000001E));
                requests = List.of(new RopSetColumnsRequest(0, 1, 0, columns), new RopQueryRowsRequest(0, 1, 0, true, 0x7FFF));
                bytes = queryRowsResponse();
                decodedResponse = RopResponseBuffer.decode(bytes, requests);
            }
        }
        if (requests == null) {
            decodedRequest = RopRequestBuffer.decode(bytes);
        }
        System.out.println("\n" + buffer + ": " + bytes.length + " bytes per operation");
    }

    /** RopSetColumns and RopQueryRows responses: the 10 untagged openchange rows, 10 times over. */
    private static byte[] queryRowsResponse() {
        byte[] rows = Vectors.namedHex("openchange/srowset_rows.txt", "untagged");
        int repeat = 10;
        ByteWriter rops = new ByteWriter();
        rops.u8(0x12).u8(1).i32(0).u8(0);
        rops.u8(0x15).u8(1).i32(0).u8(2).u16(10 * repeat);
        for (int i = 0; i < repeat; i++) {
            rops.bytes(rows);
        }
        byte[] list = rops.toByteArray();
        ByteWriter out = new ByteWriter(list.length + 10);
        return out.u16(list.length + 2).bytes(list).i32(-1).i32(-1).toByteArray();
    }

    @Benchmark
    public Object decode() {
        return requests == null ? RopRequestBuffer.decode(bytes) : RopResponseBuffer.decode(bytes, requests);
    }

    @Benchmark
    public byte[] encode() {
        return requests == null ? decodedRequest.encode() : decodedResponse.encode();
    }
}
