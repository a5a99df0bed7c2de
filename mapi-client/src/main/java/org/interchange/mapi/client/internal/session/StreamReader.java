package org.interchange.mapi.client.internal.session;

import java.io.ByteArrayOutputStream;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.RopOpenStreamRequest;
import org.interchange.mapi.codec.rop.RopOpenStreamResponse;
import org.interchange.mapi.codec.rop.RopReadStreamRequest;
import org.interchange.mapi.codec.rop.RopReadStreamResponse;
import org.interchange.mapi.codec.rop.RopResponse;

/**
 * Reads a whole property through a Stream object, [MS-OXCPRPT] 3.1.4.1 and [MS-OXCROPS] 2.2.9.1,
 * 2.2.9.2: RopOpenStream (read-only) and the first RopReadStream ride in the caller's batch; further
 * RopReadStream requests follow until the stream size is reached or a read returns no bytes.
 * ReadStream responses the server chained after the last ROP are consumed in order.
 */
final class StreamReader {
    /** OpenModeFlags ReadOnly, [MS-OXCPRPT] 2.2.14.1. */
    static final int READ_ONLY = 0x00;
    /** Largest property a stream read accepts (a Java array). */
    static final long MAX_STREAM = Integer.MAX_VALUE - 8;

    /** The tickets of the stream ROPs added to a batch. */
    record Pending(RopBatch.Ticket<RopOpenStreamResponse> open, RopBatch.Ticket<RopReadStreamResponse> read,
                   int streamSlot, PropertyTag tag) {
    }

    private StreamReader() {
    }

    /** Adds RopOpenStream on the object at {@code ownerSlot} and a first RopReadStream to a batch. */
    static Pending add(RopBatch batch, int ownerSlot, PropertyTag tag, int chunk) {
        int stream = batch.output();
        RopBatch.Ticket<RopOpenStreamResponse> open = batch.add(
                new RopOpenStreamRequest(RopBatch.LOGON_ID, ownerSlot, stream, tag, READ_ONLY),
                RopOpenStreamResponse.class);
        RopBatch.Ticket<RopReadStreamResponse> read = batch.add(
                RopReadStreamRequest.of(RopBatch.LOGON_ID, stream, chunk), RopReadStreamResponse.class);
        return new Pending(open, read, stream, tag);
    }

    /** Reads the rest of the stream after the batch ran, then queues the stream for release. */
    static byte[] finish(SessionContext context, BatchResult result, Pending pending) {
        long size = result.get(pending.open()).streamSize();
        if (size > MAX_STREAM) {
            throw new MapiProtocolException("stream of " + pending.tag() + " has " + size + " bytes, more than "
                    + MAX_STREAM + " can be read into memory");
        }
        ServerObject stream = result.claim(pending.streamSlot());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean more = append(out, result.get(pending.read()), result);
            int chunk = context.options().streamChunkSize();
            while (more && out.size() < size) {
                RopBatch batch = context.executor().newBatch();
                RopBatch.Ticket<RopReadStreamResponse> read = batch.add(
                        RopReadStreamRequest.of(RopBatch.LOGON_ID, batch.input(stream), chunk),
                        RopReadStreamResponse.class);
                BatchResult next = context.executor().run(batch);
                more = append(out, next.get(read), next);
            }
            if (out.size() > size) {
                throw new MapiProtocolException("stream of " + pending.tag() + " returned " + out.size()
                        + " bytes, more than its size " + size);
            }
            return out.toByteArray();
        } finally {
            context.executor().releases().add(stream);
        }
    }

    /** Appends a read and the reads chained after it; false once a read came back empty. */
    private static boolean append(ByteArrayOutputStream out, RopReadStreamResponse first, BatchResult result) {
        byte[] data = first.data();
        out.writeBytes(data);
        boolean more = data.length > 0;
        for (RopResponse extra : result.chained()) {
            if (!(extra instanceof RopReadStreamResponse read) || read.returnValue() != 0) {
                throw new MapiProtocolException("a chained response to RopReadStream is " + extra.ropId()
                        + " with ReturnValue 0x" + Integer.toHexString(extra.returnValue()));
            }
            byte[] chained = read.data();
            out.writeBytes(chained);
            more = chained.length > 0;
        }
        return more;
    }
}
