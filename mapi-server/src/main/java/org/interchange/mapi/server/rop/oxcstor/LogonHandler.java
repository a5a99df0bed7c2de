package org.interchange.mapi.server.rop.oxcstor;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.interchange.mapi.codec.property.FileTime;
import org.interchange.mapi.codec.rop.LogonTime;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopLogonPrivateMailboxResponse;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * RopLogon, [MS-OXCSTOR] 3.2.5.1: private-mailbox logons to the mailbox the ESSDN names (unknown:
 * ecUnknownUser). Another user's mailbox needs a grant of FolderVisible on some folder of it
 * ([MS-OXCPERM]), else ecAccessDenied (3.2.5.1.3); such a delegate logon gets neither OwnerRight nor
 * SendAsRight, and {@link FolderAccess} checks each later ROP. A public folders logon is ecNotSupported.
 */
public final class LogonHandler implements RopHandler<RopLogonRequest> {
    /** Reserved (must be set) | OwnerRight | SendAsRight, [MS-OXCROPS] 2.2.3.1.2. */
    private static final int OWNER_RESPONSE_FLAGS = 0x07;
    /** Reserved only: the logon of a delegate. */
    private static final int DELEGATE_RESPONSE_FLAGS = 0x01;

    private final Clock clock;

    public LogonHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RopId ropId() {
        return RopId.LOGON;
    }

    @Override
    public Class<RopLogonRequest> requestType() {
        return RopLogonRequest.class;
    }

    @Override
    public RopResponse handle(RopLogonRequest request, RopContext context) {
        if ((request.logonFlags() & RopLogonRequest.LOGON_FLAG_PRIVATE) == 0) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "public folder logons are not supported");
        }
        String owner = request.essdn() == null ? "" : UserDn.userOf(request.essdn());
        Mailbox mailbox = context.store().findMailbox(owner)
                .orElseThrow(() -> new RopFailure(RopErrors.UNKNOWN_USER, "no mailbox for " + owner));
        boolean own = owner.equalsIgnoreCase(context.user());
        if (!own && !FolderAccess.mayLogOn(context, mailbox)) {
            throw new RopFailure(RopErrors.ACCESS_DENIED, context.user() + " has no grant in the mailbox of " + owner);
        }
        context.put(request.outputHandleIndex(), new LogonObject(request.logonId(), mailbox));
        List<Long> folderIds = SpecialFolder.logonOrder().stream().map(mailbox::folderId).toList();
        return new RopLogonPrivateMailboxResponse(request.outputHandleIndex(), request.logonFlags(), folderIds,
                own ? OWNER_RESPONSE_FLAGS : DELEGATE_RESPONSE_FLAGS, mailbox.mailboxGuid(), ExchangeIds.LOCAL_REPLICA_ID, mailbox.replicaGuid(),
                LogonTime.of(LocalDateTime.now(clock)), FileTime.fromInstant(clock.instant()), 0);
    }
}
