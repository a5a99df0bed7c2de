package org.interchange.mapi.codec.rop;

/**
 * A request that creates a Server object and stores its handle at OutputHandleIndex of the server
 * object handle table, [MS-OXCROPS] 1.3.1 and 2.2.1; its response echoes that index.
 */
public interface OpensObject {

    int outputHandleIndex();
}
