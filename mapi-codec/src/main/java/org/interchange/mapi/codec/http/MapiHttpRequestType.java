package org.interchange.mapi.codec.http;

import java.util.Optional;

/** Values of the X-RequestType header, [MS-OXCMAPIHTTP] 2.2.3.3.1. */
public enum MapiHttpRequestType {
    CONNECT("Connect"),
    EXECUTE("Execute"),
    DISCONNECT("Disconnect"),
    NOTIFICATION_WAIT("NotificationWait"),
    PING("PING"),
    BIND("Bind"),
    UNBIND("Unbind"),
    COMPARE_MIN_IDS("CompareMIds"),
    DN_TO_MIN_ID("DNToMId"),
    GET_MATCHES("GetMatches"),
    GET_PROP_LIST("GetPropList"),
    GET_PROPS("GetProps"),
    GET_SPECIAL_TABLE("GetSpecialTable"),
    GET_TEMPLATE_INFO("GetTemplateInfo"),
    MODIFY_LINK_ATT("ModLinkAtt"),
    MODIFY_PROPS("ModProps"),
    QUERY_COLUMNS("QueryColumns"),
    QUERY_ROWS("QueryRows"),
    RESOLVE_NAMES("ResolveNames"),
    RESORT_RESTRICTION("ResortRestriction"),
    SEEK_ENTRIES("SeekEntries"),
    UPDATE_STAT("UpdateStat"),
    GET_MAILBOX_URL("GetMailboxUrl"),
    GET_ADDRESS_BOOK_URL("GetAddressBookUrl");

    private final String headerValue;

    MapiHttpRequestType(String headerValue) {
        this.headerValue = headerValue;
    }

    /** The exact header value on the wire. */
    public String headerValue() {
        return headerValue;
    }

    /** The request type named by a header value (compared without regard to case), if any. */
    public static Optional<MapiHttpRequestType> fromHeader(String value) {
        for (MapiHttpRequestType t : values()) {
            if (t.headerValue.equalsIgnoreCase(value.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
