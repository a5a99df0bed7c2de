package org.interchange.mapi.server.rop.oxomsg;

import java.time.Clock;
import java.util.List;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSubmitMessageRequest;
import org.interchange.mapi.codec.rop.RopSubmitMessageResponse;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcmsg.MessageSaver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/**
 * RopSubmitMessage, [MS-OXOMSG] 3.2.5.1: saves pending changes and delivers the message to the
 * recipients with a mailbox on this server (see {@link LocalDelivery}); a message without
 * recipients fails with ecNoRecipients. Recipients elsewhere are logged and not relayed yet.
 */
public final class SubmitMessageHandler implements RopHandler<RopSubmitMessageRequest> {
    /** ecNoRecipients / MAPI_E_NO_RECIPIENTS, [MS-OXCDATA] 2.4.1. */
    static final int NO_RECIPIENTS = 0x80040607;
    private static final Logger LOG = LoggerFactory.getLogger(SubmitMessageHandler.class);

    private final Clock clock;

    public SubmitMessageHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RopId ropId() {
        return RopId.SUBMIT_MESSAGE;
    }

    @Override
    public Class<RopSubmitMessageRequest> requestType() {
        return RopSubmitMessageRequest.class;
    }

    @Override
    public RopResponse handle(RopSubmitMessageRequest request, RopContext context) {
        MessageObject message = context.object(request.inputHandleIndex(), MessageObject.class);
        FolderAccess.requireMailboxOwner(context, message.logon());
        if (message.recipients(context.store()).isEmpty()) {
            throw new RopFailure(NO_RECIPIENTS, "the message has no recipients");
        }
        if (message.associated()) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "FAI messages cannot be submitted");
        }
        long mid = MessageSaver.save(context, message);
        var mailbox = message.logon().mailbox();
        List<String> remote = LocalDelivery.deliver(context.store(), context.notifications(), mailbox,
                context.store().message(mailbox, mid).orElseThrow(), clock.instant());
        if (!remote.isEmpty()) {
            LOG.warn("submitted message 0x{} has {} recipient(s) outside this server; no gateway relays them yet",
                    Long.toHexString(mid), remote.size());
        }
        return new RopSubmitMessageResponse(request.inputHandleIndex());
    }
}
