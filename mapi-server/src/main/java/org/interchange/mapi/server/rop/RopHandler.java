package org.interchange.mapi.server.rop;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;

/** Executes one kind of ROP, [MS-OXCROPS] 2.2; failures are thrown as {@link RopFailure}. */
public interface RopHandler<R extends RopRequest> {

    RopId ropId();

    Class<R> requestType();

    RopResponse handle(R request, RopContext context);
}
