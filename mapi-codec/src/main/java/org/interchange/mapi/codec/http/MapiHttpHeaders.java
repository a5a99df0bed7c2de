package org.interchange.mapi.codec.http;

/** Header names and the content type of MAPI over HTTP, [MS-OXCMAPIHTTP] 2.2.3. */
public final class MapiHttpHeaders {
    /** The content type of every MAPI/HTTP request and response body, [MS-OXCMAPIHTTP] 2.2.3.1.1. */
    public static final String CONTENT_TYPE_MAPI_HTTP = "application/mapi-http";
    public static final String CONTENT_TYPE = "Content-Type";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.1; values in {@link MapiHttpRequestType}. */
    public static final String X_REQUEST_TYPE = "X-RequestType";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.2: a GUID plus a counter identifying one request. */
    public static final String X_REQUEST_ID = "X-RequestId";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.3; values in {@link MapiHttpResponseCode}. */
    public static final String X_RESPONSE_CODE = "X-ResponseCode";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.4: client's session identifier. */
    public static final String X_CLIENT_INFO = "X-ClientInfo";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.5: milliseconds between PENDING meta-tags. */
    public static final String X_PENDING_PERIOD = "X-PendingPeriod";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.6: milliseconds until the Session Context expires. */
    public static final String X_EXPIRATION_INFO = "X-ExpirationInfo";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.7: the server's version string. */
    public static final String X_SERVER_APPLICATION = "X-ServerApplication";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.8: the client's version string. */
    public static final String X_CLIENT_APPLICATION = "X-ClientApplication";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.9: server processing time in ms, an additional header after DONE. */
    public static final String X_ELAPSED_TIME = "X-ElapsedTime";
    /** [MS-OXCMAPIHTTP] 2.2.3.3.10: when the server started processing, an additional header after DONE. */
    public static final String X_START_TIME = "X-StartTime";

    private MapiHttpHeaders() {
    }
}
