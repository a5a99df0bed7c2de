package org.interchange.mapi.codec.rpc;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Extended buffers, [MS-OXCRPC] 3.1.4.2.1: one or more RPC_HEADER_EXT + payload pairs, the last one
 * flagged {@link RpcHeaderExt#LAST}. This is the format of rgbIn/rgbOut/rgbAuxIn/rgbAuxOut of
 * EcDoRpcExt2 and EcDoConnectEx and of the RopBuffer and AuxiliaryBuffer of the MAPI/HTTP request
 * types ([MS-OXCMAPIHTTP] 2.2.4). Payloads are compressed first and obfuscated second when written,
 * and reverted in the opposite order when read.
 */
public final class ExtendedBuffers {
    /** A single payload MUST NOT exceed 32 KB, [MS-OXCRPC] 3.1.4.2.1. */
    public static final int MAX_PAYLOAD = 0x8000;
    /** Default bound on the sum of all unwrapped payloads of one call. */
    public static final int DEFAULT_MAX_TOTAL = 0x400000;

    private ExtendedBuffers() {
    }

    /**
     * One extended buffer flagged Last around {@code payload}. With {@code compress} the payload is
     * LZ77-compressed unless that would not make it smaller (then it is sent plain, as the spec
     * requires Size &lt; SizeActual for compressed data); with {@code obfuscate} it is XOR-obfuscated.
     */
    public static byte[] wrap(byte[] payload, boolean compress, boolean obfuscate) {
        return wrap(List.of(payload), compress, obfuscate);
    }

    /** Several extended buffers in a row (packing/chaining), the last flagged Last. */
    public static byte[] wrap(List<byte[]> payloads, boolean compress, boolean obfuscate) {
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("at least one payload is needed");
        }
        ByteWriter w = new ByteWriter();
        for (int i = 0; i < payloads.size(); i++) {
            byte[] payload = payloads.get(i);
            if (payload.length > MAX_PAYLOAD) {
                throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds the 32 KB limit");
            }
            byte[] data = payload;
            int flags = i == payloads.size() - 1 ? RpcHeaderExt.LAST : 0;
            if (compress) {
                byte[] compressed = Lz77Compressor.compress(payload);
                if (compressed.length < payload.length) {
                    data = compressed;
                    flags |= RpcHeaderExt.COMPRESSED;
                }
            }
            if (obfuscate) {
                data = XorMagic.apply(data);
                flags |= RpcHeaderExt.XOR_MAGIC;
            }
            new RpcHeaderExt(0, flags, data.length, payload.length).write(w);
            w.bytes(data);
        }
        return w.toByteArray();
    }

    /** The payloads of all extended buffers in {@code data}, in order, bounded by {@link #DEFAULT_MAX_TOTAL}. */
    public static List<byte[]> unwrap(byte[] data) {
        return unwrap(data, DEFAULT_MAX_TOTAL);
    }

    /**
     * The payloads of all extended buffers in {@code data} up to and including the one flagged Last.
     * Fails if a header is invalid, a Size exceeds the bytes that remain, a payload exceeds 32 KB,
     * decompression does not yield exactly SizeActual bytes, the payloads together exceed
     * {@code maxTotal} bytes, or bytes follow the Last buffer.
     */
    public static List<byte[]> unwrap(byte[] data, int maxTotal) {
        ByteReader r = new ByteReader(data);
        List<byte[]> payloads = new ArrayList<>();
        long total = 0;
        while (true) {
            int at = r.position();
            RpcHeaderExt header = RpcHeaderExt.read(r);
            if (header.sizeActual() > MAX_PAYLOAD) {
                throw new MapiCodecException("extended buffer at offset " + at + ": SizeActual " + header.sizeActual()
                        + " exceeds the 32 KB payload limit");
            }
            if (header.size() > r.remaining()) {
                throw new MapiCodecException("extended buffer at offset " + at + ": Size " + header.size()
                        + " exceeds the " + r.remaining() + " bytes that follow");
            }
            total += header.sizeActual();
            if (total > maxTotal) {
                throw new MapiCodecException("extended buffers unwrap to more than " + maxTotal + " bytes");
            }
            byte[] body = r.bytes(header.size());
            if (header.isObfuscated()) {
                XorMagic.applyInPlace(body, 0, body.length);
            }
            if (header.isCompressed()) {
                try {
                    body = Lz77Decompressor.decompress(body, header.sizeActual());
                } catch (MapiCodecException e) {
                    throw new MapiCodecException("extended buffer at offset " + at + ": " + e.getMessage(), e);
                }
            }
            payloads.add(body);
            if (header.isLast()) {
                break;
            }
            if (!r.hasRemaining()) {
                throw new MapiCodecException("extended buffers end after offset " + at + " without a Last flag");
            }
        }
        if (r.hasRemaining()) {
            throw new MapiCodecException(r.remaining() + " bytes follow the extended buffer flagged Last");
        }
        return payloads;
    }

    /** The payload of data that must hold exactly one extended buffer (e.g. an auxiliary buffer). */
    public static byte[] unwrapSingle(byte[] data) {
        List<byte[]> payloads = unwrap(data);
        if (payloads.size() != 1) {
            throw new MapiCodecException("expected one extended buffer, found " + payloads.size());
        }
        return payloads.getFirst();
    }
}
