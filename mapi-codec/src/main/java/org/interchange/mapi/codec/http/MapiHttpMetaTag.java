package org.interchange.mapi.codec.http;

/** The text meta-tags that open a MAPI/HTTP response body, [MS-OXCMAPIHTTP] 2.2.7. */
public enum MapiHttpMetaTag {
    /** First line of every response: the server accepted the request. */
    PROCESSING,
    /** Keep-alive sent every X-PendingPeriod while the server works. */
    PENDING,
    /** Processing finished; additional headers, an empty line and the binary body follow. */
    DONE
}
