package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteWriter;

/**
 * One ROP request buffer, [MS-OXCROPS] 2.2.1: RopId, LogonId, then the handle index of the object
 * acted on. Implementations are records named as the specification (RopOpenFolderRequest, ...).
 */
public interface RopRequest {

    RopId ropId();

    int logonId();

    /**
     * InputHandleIndex: where in the server object handle table the object acted on is. RopLogon
     * acts on no object; it returns its OutputHandleIndex here.
     */
    int inputHandleIndex();

    /** The index the response echoes: OutputHandleIndex for ROPs that open an object, else InputHandleIndex. */
    default int responseHandleIndex() {
        return this instanceof OpensObject opens ? opens.outputHandleIndex() : inputHandleIndex();
    }

    /** Writes the whole request buffer, starting with the RopId byte. */
    void encode(ByteWriter out);
}
