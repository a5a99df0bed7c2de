package org.interchange.mapi.client.internal.session;

import org.interchange.mapi.client.Mailbox;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.RopExecutor;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.codec.rop.RopLogonPrivateMailboxResponse;
import org.interchange.mapi.codec.rop.RopLogonRedirectResponse;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopResponse;

/** RopLogon to the user's private mailbox, [MS-OXCROPS] 2.2.3.1 and [MS-OXCSTOR] 2.2.1.1. */
public final class LogonOperation {
    /** OpenFlags HOME_LOGON | TAKE_OWNERSHIP | USE_PER_MDB_REPLID_MAPPING, [MS-OXCSTOR] 2.2.1.1.1. */
    static final int OPEN_FLAGS = 0x00000004 | 0x00000008 | 0x01000000;

    /** The logon object and the mailbox it opened. */
    public record Result(ServerObject logon, Mailbox mailbox) {
    }

    private LogonOperation() {
    }

    public static Result run(RopExecutor executor, String essdn) {
        RopBatch batch = executor.newBatch();
        int slot = batch.output();
        RopBatch.Ticket<RopResponse> ticket = batch.add(new RopLogonRequest(RopBatch.LOGON_ID, slot,
                RopLogonRequest.LOGON_FLAG_PRIVATE, OPEN_FLAGS, 0, essdn), RopResponse.class);
        BatchResult result = executor.run(batch);
        if (result.raw(ticket) instanceof RopLogonRedirectResponse redirect) {
            throw new MapiOperationException("RopLogon (mailbox is on server " + redirect.serverName() + ")",
                    redirect.returnValue());
        }
        RopResponse response = result.get(ticket);
        if (!(response instanceof RopLogonPrivateMailboxResponse mailbox)) {
            throw new MapiProtocolException("RopLogon to a private mailbox was answered with "
                    + response.getClass().getSimpleName());
        }
        return new Result(result.claim(slot), new Mailbox(mailbox.folderIds(), mailbox.mailboxGuid(),
                mailbox.replId(), mailbox.replGuid()));
    }
}
