package org.interchange.mapi.server.rop;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.rop.RopBufferTooSmallResponse;
import org.interchange.mapi.codec.rop.RopErrorResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.UnsupportedRopException;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.codec.rpc.RpcHeaderExt;
import org.interchange.mapi.server.rop.oxcfxics.GetBufferChain;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * The body of an Execute request, [MS-OXCMAPIHTTP] 2.2.4.2 and [MS-OXCRPC] 3.1.4.2: unwraps the
 * RopBuffer (RPC_HEADER_EXT, LZ77, XOR), decodes each ROP request buffer, runs it through the
 * {@link RopDispatcher} and wraps the responses within MaxRopOut, compressing unless the client
 * set NoCompression or a probe finds the data incompressible ({@link CompressionProbe}), obfuscating when the
 * client did and did not set NoXorMagic, and chaining further RopFastTransferSourceGetBuffer responses when the
 * client set Chain ({@link GetBufferChain}). Notifications
 * queued for the session follow the responses as RopNotify ([MS-OXCROPS] 3.1.5.1) when they fit.
 */
public final class ExecuteProcessor {
    /** ecRpcFormat, [MS-OXCDATA] 2.4.1: the RopBuffer is malformed. */
    public static final int RPC_FORMAT = 0x000004B6;
    private static final int ROP_SIZE_FIELD = 2;

    private final RopDispatcher dispatcher;
    private final MailboxStore store;
    private final NotificationHub notifications;

    public ExecuteProcessor(RopDispatcher dispatcher, MailboxStore store) {
        this(dispatcher, store, new NotificationHub());
    }

    /** A processor whose sessions share {@code notifications} (one hub per server). */
    public ExecuteProcessor(RopDispatcher dispatcher, MailboxStore store, NotificationHub notifications) {
        this.dispatcher = dispatcher;
        this.store = store;
        this.notifications = notifications;
    }

    /** Executes the ROPs of {@code request} for {@code user} against the session's handle table. */
    public ExecuteResponse execute(ExecuteRequest request, String user, HandleTable table) {
        byte[] ropBuffer = request.ropBuffer();
        List<byte[]> inputs;
        boolean obfuscated;
        try {
            inputs = ExtendedBuffers.unwrap(ropBuffer);
            obfuscated = RpcHeaderExt.read(new ByteReader(ropBuffer)).isObfuscated();
        } catch (MapiCodecException e) {
            return new ExecuteResponse(0, RPC_FORMAT, 0, new byte[0], new byte[0]);
        }
        long maxRopOut = Integer.toUnsignedLong(request.maxRopOut());
        int budget = (int) Math.min(maxRopOut, (long) ExtendedBuffers.MAX_PAYLOAD * inputs.size())
                - RpcHeaderExt.LENGTH * inputs.size();
        List<byte[]> outputs = new ArrayList<>();
        boolean chain = (request.flags() & ExecuteRequest.FLAG_CHAIN) != 0;
        for (int i = 0; i < inputs.size(); i++) {
            int share = Math.min(budget / inputs.size(), ExtendedBuffers.MAX_PAYLOAD);
            long room = chain && i == inputs.size() - 1 ? maxRopOut - (long) ExtendedBuffers.MAX_PAYLOAD * inputs.size()
                    - RpcHeaderExt.LENGTH * inputs.size() : 0;
            outputs.addAll(executeBuffer(inputs.get(i), user, table, share, room));
        }
        boolean compress = (request.flags() & ExecuteRequest.FLAG_NO_COMPRESSION) == 0
                && CompressionProbe.pays(outputs);
        boolean xor = obfuscated && (request.flags() & ExecuteRequest.FLAG_NO_XOR_MAGIC) == 0;
        return new ExecuteResponse(0, 0, 0, ExtendedBuffers.wrap(outputs, compress, xor), new byte[0]);
    }

    /** The ROP output buffer for {@code input}, then any chained ones ({@link GetBufferChain}) within {@code room}. */
    private List<byte[]> executeBuffer(byte[] input, String user, HandleTable table, int budget, long room) {
        List<RopRequest> requests;
        int[] handles;
        RopResponse unsupported = null;
        try {
            RopRequestBuffer decoded = RopRequestBuffer.decode(input);
            requests = decoded.rops();
            handles = decoded.handles();
        } catch (UnsupportedRopException e) {
            requests = e.requestsBefore();
            handles = handleTableOf(input);
            unsupported = errorFor(input, e);
        } catch (MapiCodecException e) {
            return List.of(new RopResponseBuffer(List.of(), new int[0]).encode());
        }
        RopContext context = new RopContext(store, notifications, user, table, handles,
                budget - ROP_SIZE_FIELD - 4 * handles.length);
        List<RopResponse> answers = dispatcher.execute(requests, context);
        List<RopResponse> responses = new ArrayList<>(answers);
        if (unsupported != null) {
            responses.add(unsupported);
        }
        if (responses.stream().noneMatch(r -> r instanceof RopBufferTooSmallResponse)) {
            responses.addAll(table.drainNotifications(context.remainingBytes()));
        }
        List<byte[]> buffers = new ArrayList<>();
        buffers.add(new RopResponseBuffer(responses, context.handles()).encode());
        if (unsupported == null && room > 0) {
            int[] after = context.handles();
            buffers.addAll(GetBufferChain.after(requests, answers, dispatcher,
                    size -> new RopContext(store, notifications, user, table, after,
                            size - ROP_SIZE_FIELD - 4 * after.length),
                    room, ExtendedBuffers.MAX_PAYLOAD, RpcHeaderExt.LENGTH));
        }
        return buffers;
    }

    /**
     * The answer to a ROP the codec cannot decode: ecNotSupported at its InputHandleIndex (the third
     * byte of every ROP, [MS-OXCROPS] 2.2.1), if its RopId is known. The ROPs after it cannot be
     * found, as ROPs carry no length.
     */
    private static RopResponse errorFor(byte[] input, UnsupportedRopException e) {
        int handleAt = e.offset() + 2;
        return RopId.fromCode(e.ropIdCode()).filter(id -> id.hasResponse() && handleAt < input.length)
                .map(id -> (RopResponse) new RopErrorResponse(id, input[handleAt] & 0xFF, RopErrors.NOT_SUPPORTED))
                .orElse(null);
    }

    /** The server object handle table after the RopsList, read without decoding the ROPs. */
    private static int[] handleTableOf(byte[] input) {
        ByteReader r = new ByteReader(input);
        int ropSize = r.u16();
        r.skip(ropSize - ROP_SIZE_FIELD);
        int[] handles = new int[r.remaining() / 4];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = r.i32();
        }
        return handles;
    }
}
