package org.interchange.mapi.server.rop;

import java.util.Objects;
import org.interchange.mapi.codec.fxics.FastTransferSource;

/** A FastTransfer download context, [MS-OXCFXICS] 3.2.5.8.1: a stream handed out by RopFastTransferSourceGetBuffer. */
public record FastTransferSourceObject(LogonObject logon, FastTransferSource source) implements ServerObject {

    public FastTransferSourceObject {
        Objects.requireNonNull(logon, "logon");
        Objects.requireNonNull(source, "source");
    }
}
