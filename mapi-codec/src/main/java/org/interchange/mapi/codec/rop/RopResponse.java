package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteWriter;

/**
 * One ROP response buffer, [MS-OXCROPS] 2.2.1: RopId, a handle index (the request's
 * OutputHandleIndex for ROPs that open an object, else its InputHandleIndex), ReturnValue, then
 * the ROP's fields. Success responses have ReturnValue 0; {@link RopErrorResponse} is the generic
 * failure form.
 */
public interface RopResponse {

    RopId ropId();

    int handleIndex();

    /** ReturnValue: 0 for success, else an error code of [MS-OXCDATA] 2.4. */
    default int returnValue() {
        return 0;
    }

    /** Writes the whole response buffer, starting with the RopId byte. */
    void encode(ByteWriter out);
}
