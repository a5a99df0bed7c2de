package org.interchange.mapi.server.rop.oxomsg;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSubmitMessageRequest;
import org.interchange.mapi.codec.rop.RopSubmitMessageResponse;
import org.interchange.mapi.objects.mime.MimeConversionException;
import org.interchange.mapi.server.mail.DeliveryException;
import org.interchange.mapi.server.mail.OutboundMail;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcmsg.MessageSaver;
import org.interchange.mapi.server.store.Mailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/**
 * RopSubmitMessage, [MS-OXOMSG] 3.2.5.1: saves pending changes and sends the message. With a mail
 * gateway ({@link OutboundMail}) every recipient's address is relayed to the MTA, local users
 * included; without one the message is delivered to the recipients with a mailbox on this server
 * ({@link LocalDelivery}) and the others are logged. Then the sender's message goes to Sent Items
 * ({@link SentItems}). A message without recipients fails with ecNoRecipients; a relay that refuses
 * or cannot be reached fails the ROP with ecError and leaves the message where it was, unsent.
 */
public final class SubmitMessageHandler implements RopHandler<RopSubmitMessageRequest> {
    /** ecNoRecipients / MAPI_E_NO_RECIPIENTS, [MS-OXCDATA] 2.4.1. */
    static final int NO_RECIPIENTS = 0x80040607;
    /** ecError / MAPI_E_CALL_FAILED, [MS-OXCDATA] 2.4.1. */
    static final int CALL_FAILED = 0x80004005;
    private static final Logger LOG = LoggerFactory.getLogger(SubmitMessageHandler.class);

    private final Clock clock;
    private final Optional<OutboundMail> outbound;

    public SubmitMessageHandler(Clock clock, Optional<OutboundMail> outbound) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outbound = Objects.requireNonNull(outbound, "outbound");
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
        Mailbox mailbox = message.logon().mailbox();
        Submission submission = Submission.of(context.store(), mailbox,
                context.store().message(mailbox, mid).orElseThrow(), clock.instant());
        if (submission.addresses().isEmpty()) {
            LOG.warn("submitted message 0x{} has no recipient with an address; nobody gets it", Long.toHexString(mid));
        } else if (outbound.isPresent()) {
            relay(outbound.get(), submission);
        } else {
            List<String> remote = LocalDelivery.deliver(context.store(), context.notifications(), submission);
            if (!remote.isEmpty()) {
                LOG.warn("submitted message 0x{} has {} recipient(s) outside this server and no SMTP relay is"
                        + " configured; they do not get it", Long.toHexString(mid), remote.size());
            }
        }
        SentItems.file(context.store(), context.notifications(), submission);
        return new RopSubmitMessageResponse(request.inputHandleIndex());
    }

    private static void relay(OutboundMail outbound, Submission submission) {
        try {
            MailRelaying.relay(outbound, submission);
        } catch (DeliveryException | MimeConversionException e) {
            LOG.warn("relaying message 0x{} of {} failed: {}", Long.toHexString(submission.original().mid()),
                    submission.sender().owner(), e.getMessage());
            throw new RopFailure(CALL_FAILED, "the SMTP relay did not take the message: " + e.getMessage());
        }
    }
}
