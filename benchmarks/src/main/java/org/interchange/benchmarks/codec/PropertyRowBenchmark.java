package org.interchange.benchmarks.codec;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyRowSet;
import org.interchange.mapi.codec.property.PropertyTag;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Property rows ([MS-OXCDATA] 2.8.1): the openchange RopQueryRows row data for
 * [PR_SENDER_NAME, PR_BODY] as PtypString8, standard (untagged, 10 rows) or mixed
 * flagged/standard (tagged, 16 rows). MB/s = ops/s x the printed size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PropertyRowBenchmark {
    private static final List<PropertyTag> COLUMNS = List.of(new PropertyTag(0x0C1A001E), new PropertyTag(0x1000001E));

    @Param({"untagged", "tagged"})
    public String rows;

    private byte[] bytes;
    private int count;
    private List<PropertyRow> decoded;

    @Setup
    public void setUp() {
        bytes = Vectors.namedHex("openchange/srowset_rows.txt", rows);
        count = rows.equals("untagged") ? 10 : 16;
        decoded = decode();
        System.out.println("\n" + rows + ": " + bytes.length + " bytes per operation");
    }

    @Benchmark
    public List<PropertyRow> decode() {
        return PropertyRowSet.decodeRows(new ByteReader(bytes), COLUMNS, count);
    }

    @Benchmark
    public byte[] encode() {
        ByteWriter out = new ByteWriter(bytes.length);
        PropertyRowSet.encodeRows(out, decoded);
        return out.toByteArray();
    }
}
