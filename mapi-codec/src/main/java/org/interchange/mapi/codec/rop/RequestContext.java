package org.interchange.mapi.codec.rop;

import java.util.Optional;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * What request decoding needs beyond the bytes, [MS-OXCROPS] 2.2.1: the LogonFlags of each logon,
 * since RopSetMessageReadFlag (2.2.6.11.1) and RopWritePerUserInformation (2.2.3.13.1) carry fields
 * only on public-folder or only on private-mailbox logons. The server knows its logons; RopLogon
 * requests earlier in the same buffer are applied by {@link RopRequestBuffer#decode(byte[], RequestContext)}.
 */
@FunctionalInterface
public interface RequestContext {

    /** The LogonFlags the logon {@code logonId} was made with, if known. */
    Optional<Integer> logonFlags(int logonId);

    /** No logons known beyond the RopLogon requests of the buffer itself. */
    static RequestContext none() {
        return logonId -> Optional.empty();
    }

    /** Whether {@code logonId} is a private-mailbox logon, or a MapiCodecException saying it is unknown. */
    default boolean isPrivateLogon(int logonId, RopId rop) {
        return logonFlags(logonId).map(flags -> (flags & RopLogonRequest.LOGON_FLAG_PRIVATE) != 0)
                .orElseThrow(() -> new MapiCodecException(rop + " on logon " + logonId
                        + " needs to know whether the logon is private, but no RopLogon is known for it"));
    }
}
