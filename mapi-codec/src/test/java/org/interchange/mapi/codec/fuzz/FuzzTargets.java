package org.interchange.mapi.codec.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.interchange.mapi.codec.fxics.GlobSetCodec;
import org.interchange.mapi.codec.fxics.IdSetCodec;
import org.interchange.mapi.codec.fxics.SyncStreamParser;
import org.interchange.mapi.codec.http.MapiHttpResponseParser;
import org.interchange.mapi.codec.ids.EntryId;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyProblemArray;
import org.interchange.mapi.codec.property.PropertyRowSet;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValueCodec;
import org.interchange.mapi.codec.property.RestrictionCodec;
import org.interchange.mapi.codec.property.RuleActionCodec;
import org.interchange.mapi.codec.property.ServerId;
import org.interchange.mapi.codec.property.SortOrderSet;
import org.interchange.mapi.codec.rop.ResponseContext;
import org.interchange.mapi.codec.rop.RopCodec;
import org.interchange.mapi.codec.rop.RopCodecs;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.codec.rpc.Lz77Decompressor;

/**
 * Every decoder of mapi-codec as a named fuzz target over one byte array, shared by the Jazzer
 * {@code @FuzzTest}s and the jqwik mutation fuzzer. A target throws only what the decoder throws;
 * callers accept {@link MapiCodecException} and nothing else. ROPs are reached through the
 * {@link RopCodecs} table and MAPI/HTTP bodies by finding every {@code decode(byte[])} of the
 * http packages, so codecs added later are fuzzed without touching this class.
 */
final class FuzzTargets {
    /** Columns given to table responses: a Unicode string, an integer and a PtypUnspecified column. */
    static final List<PropertyTag> COLUMNS = List.of(PropertyTag.of(0x0037, PropertyType.STRING),
            PropertyTag.of(0x0E08, PropertyType.INTEGER32), PropertyTag.of(0x0E1D, PropertyType.UNSPECIFIED));

    private static final List<RopCodec> ROP_CODECS = RopCodecs.all().values().stream()
            .sorted(Comparator.comparingInt(c -> c.id().code())).toList();
    private static final List<MethodHandle> BODY_DECODERS = bodyDecoders();

    /** The targets by name, in a stable order. */
    static final Map<String, Consumer<byte[]>> ALL = targets();

    private FuzzTargets() {
    }

    private static Map<String, Consumer<byte[]>> targets() {
        Map<String, Consumer<byte[]>> t = new LinkedHashMap<>();
        t.put("ropRequestBuffer", RopRequestBuffer::decode);
        t.put("ropResponseBuffer", FuzzTargets::ropResponseBuffer);
        t.put("ropTable", FuzzTargets::ropTable);
        t.put("propertyRows", FuzzTargets::propertyRows);
        t.put("propertyValues", anyOf(
                b -> PropertyValueCodec.ROP.readTagged(new ByteReader(b)),
                b -> PropertyValueCodec.WIDE.readTagged(new ByteReader(b)),
                b -> PropertyValueCodec.ROP.readTyped(new ByteReader(b)),
                b -> PropertyProblemArray.decode(new ByteReader(b)),
                ServerId::decode));
        t.put("restrictions", anyOf(RestrictionCodec.ROP::decode, RestrictionCodec.WIDE::decode));
        t.put("ruleActions", anyOf(RuleActionCodec.STANDARD::decode, RuleActionCodec.EXTENDED::decode));
        t.put("sortOrdersAndEntryIds", anyOf(b -> SortOrderSet.decode(new ByteReader(b)), EntryId::decode));
        t.put("extendedBuffers", ExtendedBuffers::unwrap);
        t.put("lz77", FuzzTargets::lz77);
        t.put("mapiHttpResponse", MapiHttpResponseParser::parse);
        t.put("mapiHttpBodies", FuzzTargets::mapiHttpBodies);
        t.put("fastTransferStream", FuzzTargets::fastTransferStream);
        t.put("idSetAndGlobSet", anyOf(IdSetCodec::decodeReplIds, IdSetCodec::decodeReplGuids,
                b -> GlobSetCodec.decode(new ByteReader(b))));
        return t;
    }

    /** Runs {@code target} on {@code input}, ignoring the codec's typed decode error. */
    static void run(String target, byte[] input) {
        try {
            ALL.get(target).accept(input);
        } catch (MapiCodecException expected) {
            // malformed input, reported as the codec promises
        }
    }

    /** Input: a 16-bit length, a ROP request buffer of that length, then the response buffer to decode for it. */
    private static void ropResponseBuffer(byte[] input) {
        ByteReader in = new ByteReader(input);
        int length = in.u16();
        RopRequestBuffer requests = RopRequestBuffer.decode(in.bytes(length, "request buffer"));
        RopResponseBuffer.decode(in.bytes(in.remaining(), "response buffer"), requests.rops());
    }

    /**
     * Input: a byte choosing a codec of the {@link RopCodecs} table, the length of the request body,
     * the request body, then the response body; RopId bytes are supplied from the table.
     */
    private static void ropTable(byte[] input) {
        ByteReader in = new ByteReader(input);
        RopCodec codec = ROP_CODECS.get(in.u8() % ROP_CODECS.size());
        byte code = (byte) codec.id().code();
        if (codec.isUnsolicited()) {
            RopCodecs.decodeUnsolicited(new ByteReader(prefixed(code, in.bytes(in.remaining()))));
            return;
        }
        int length = in.u8();
        RopRequest request = RopCodecs.decodeRequest(new ByteReader(prefixed(code, in.bytes(length, "request"))));
        if (codec.id().hasResponse()) {
            RopCodecs.decodeResponse(new ByteReader(prefixed(code, in.bytes(in.remaining()))),
                    new ResponseContext(request, COLUMNS));
        }
    }

    private static byte[] prefixed(byte first, byte[] rest) {
        byte[] out = new byte[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** Input: a column count byte, that many 4-byte tags, then a PropertyRowSet for those columns. */
    private static void propertyRows(byte[] input) {
        ByteReader in = new ByteReader(input);
        int count = in.u8();
        in.require(count * 4, "columns");
        List<PropertyTag> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            columns.add(new PropertyTag(in.i32()));
        }
        PropertyRowSet.decode(in, columns);
    }

    /** Tries every decoder on the same bytes; fails with the first decoder's error only when none of them accepts them. */
    @SafeVarargs
    private static Consumer<byte[]> anyOf(Consumer<byte[]>... decoders) {
        return input -> {
            MapiCodecException first = null;
            for (Consumer<byte[]> decoder : decoders) {
                try {
                    decoder.accept(input);
                    return;
                } catch (MapiCodecException e) {
                    first = first == null ? e : first;
                }
            }
            throw first;
        };
    }

    /** Input: the 16-bit expected length, then the compressed bytes. */
    private static void lz77(byte[] input) {
        ByteReader in = new ByteReader(input);
        int expected = in.u16();
        Lz77Decompressor.decompress(input, 2, input.length - 2, expected);
    }

    /** Input: a byte choosing contents, hierarchy or state, then the stream fed in two pieces. */
    private static void fastTransferStream(byte[] input) {
        ByteReader in = new ByteReader(input);
        int kind = in.u8() % 3;
        SyncStreamParser parser = switch (kind) {
            case 0 -> SyncStreamParser.contents(1 << 20, e -> { });
            case 1 -> SyncStreamParser.hierarchy(1 << 20, e -> { });
            default -> SyncStreamParser.transferState(1 << 20, e -> { });
        };
        int half = in.remaining() / 2;
        parser.feed(input, 1, half);
        parser.feed(input, 1 + half, input.length - 1 - half);
        parser.finish();
    }

    /** Input: a byte choosing one of the EMSMDB and NSPI request and response body decoders, then the body. */
    private static void mapiHttpBodies(byte[] input) {
        if (input.length == 0) {
            return;
        }
        MethodHandle decoder = BODY_DECODERS.get((input[0] & 0xFF) % BODY_DECODERS.size());
        try {
            decoder.invoke(Arrays.copyOfRange(input, 1, input.length));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Names of the classes whose {@code decode(byte[])} {@link #mapiHttpBodies} reaches, for the coverage test. */
    static List<String> bodyDecoderClasses() {
        return bodyClasses().stream().map(Class::getName).toList();
    }

    private static List<MethodHandle> bodyDecoders() {
        List<MethodHandle> handles = new ArrayList<>();
        for (Class<?> type : bodyClasses()) {
            try {
                Method decode = type.getMethod("decode", byte[].class);
                handles.add(MethodHandles.publicLookup().findStatic(type, "decode",
                        MethodType.methodType(decode.getReturnType(), byte[].class)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(handles);
    }

    /** Public classes of the http and http.nspi packages with a public static decode(byte[]), sorted by name. */
    private static List<Class<?>> bodyClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : List.of("org.interchange.mapi.codec.http", "org.interchange.mapi.codec.http.nspi")) {
            for (String name : classNames(pkg)) {
                try {
                    Class<?> type = Class.forName(name);
                    Method decode = type.getMethod("decode", byte[].class);
                    if (Modifier.isPublic(type.getModifiers()) && Modifier.isStatic(decode.getModifiers())) {
                        classes.add(type);
                    }
                } catch (NoSuchMethodException notABody) {
                    // a helper type, not a body
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    /** Class names of {@code pkg} in every classpath directory that holds it (main and test classes differ). */
    private static List<String> classNames(String pkg) {
        try {
            List<String> names = new ArrayList<>();
            for (URL url : Collections.list(FuzzTargets.class.getClassLoader().getResources(pkg.replace('.', '/')))) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString())
                            .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.equals("package-info.class"))
                            .map(f -> pkg + "." + f.substring(0, f.length() - ".class".length())).forEach(names::add);
                }
            }
            return names.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
