package org.interchange.mapi.client.internal.session;

import java.util.List;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderResponse;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetReadFlagsRequest;
import org.interchange.mapi.codec.rop.RopSetReadFlagsResponse;

/**
 * Marks messages of one folder read or unread, [MS-OXCMSG] 2.2.3.10: RopOpenFolder, RopSetReadFlags
 * and RopRelease of the folder in one Execute per {@link #MAX_IDS_PER_EXECUTE} ids.
 */
public final class ReadFlags {
    /** Ids per RopSetReadFlags: 8 KB of MessageIds keeps the request far inside one 32 KB buffer. */
    static final int MAX_IDS_PER_EXECUTE = 1024;
    /** rfSuppressReceipt: the read state changes without sending read receipts, [MS-OXCMSG] 2.2.3.10.1. */
    static final int SUPPRESS_RECEIPT = 0x01;
    /** rfClearReadFlag, which the client must combine with rfSuppressReceipt, [MS-OXCMSG] 2.2.3.10.1. */
    static final int CLEAR_READ_FLAG = 0x04;

    private ReadFlags() {
    }

    /** Sets (read) or clears mfRead; false when the server reported PartialCompletion for some id. */
    public static boolean set(SessionContext context, long folderId, List<Long> messageIds, boolean read) {
        boolean complete = true;
        for (int from = 0; from < messageIds.size(); from += MAX_IDS_PER_EXECUTE) {
            List<Long> chunk = messageIds.subList(from, Math.min(messageIds.size(), from + MAX_IDS_PER_EXECUTE));
            complete &= setChunk(context, folderId, chunk, read ? SUPPRESS_RECEIPT : SUPPRESS_RECEIPT | CLEAR_READ_FLAG);
        }
        return complete;
    }

    private static boolean setChunk(SessionContext context, long folderId, List<Long> messageIds, int readFlags) {
        RopBatch batch = context.executor().newBatch();
        int id = RopBatch.LOGON_ID;
        int logon = batch.input(context.logon());
        int folder = batch.output();
        RopBatch.Ticket<RopOpenFolderResponse> open = batch.add(new RopOpenFolderRequest(id, logon, folder, folderId, 0),
                RopOpenFolderResponse.class);
        RopBatch.Ticket<RopSetReadFlagsResponse> setRead = batch.add(
                new RopSetReadFlagsRequest(id, folder, false, readFlags, messageIds), RopSetReadFlagsResponse.class);
        batch.add(new RopReleaseRequest(id, folder), RopResponse.class);

        BatchResult result = context.executor().run(batch);
        result.get(open);
        result.claim(folder); // released by the RopRelease of this batch
        RopResponse response = result.raw(setRead);
        if (response == null) {
            throw new MapiProtocolException("the server did not answer RopSetReadFlags");
        }
        if (response.returnValue() != 0) {
            throw new MapiOperationException(setRead.request().ropId().specName(), response.returnValue());
        }
        if (!(response instanceof RopSetReadFlagsResponse flags)) {
            throw new MapiProtocolException("RopSetReadFlags was answered with " + response.getClass().getSimpleName());
        }
        return !flags.partialCompletion();
    }
}
