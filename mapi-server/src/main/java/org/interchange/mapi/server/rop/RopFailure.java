package org.interchange.mapi.server.rop;

/** A ROP failed with a ReturnValue of [MS-OXCDATA] 2.4; the dispatcher answers with the failure response. */
public final class RopFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int returnValue;

    public RopFailure(int returnValue, String message) {
        super(message, null, false, false);
        this.returnValue = returnValue;
    }

    public int returnValue() {
        return returnValue;
    }
}
