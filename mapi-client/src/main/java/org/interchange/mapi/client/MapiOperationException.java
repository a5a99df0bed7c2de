package org.interchange.mapi.client;

import org.interchange.mapi.client.internal.ErrorCodes;

/**
 * A MAPI operation (a ROP or the Connect/Disconnect call) completed with a non-zero error code,
 * [MS-OXCDATA] 2.4. {@link #errorCode()} is the 32-bit code, e.g. 0x8004010F (NotFound).
 */
public class MapiOperationException extends MapiException {
    private static final long serialVersionUID = 1L;
    private final String operation;
    private final int errorCode;

    public MapiOperationException(String operation, int errorCode) {
        super(operation + " failed with " + ErrorCodes.describe(errorCode));
        this.operation = operation;
        this.errorCode = errorCode;
    }

    /** The failed operation, e.g. "RopOpenFolder" or "Connect". */
    public String operation() {
        return operation;
    }

    public int errorCode() {
        return errorCode;
    }
}
