package org.interchange.mapi.client.internal;

import java.util.Map;

/** Names of the error codes a client meets most, [MS-OXCDATA] 2.4.1 and 2.4.2. */
public final class ErrorCodes {
    public static final int GENERAL_FAILURE = 0x80004005;
    /** OutOfMemory / NotEnoughMemory (ecMAPIOOM, ecPropSize): also "property too big to return". */
    public static final int NOT_ENOUGH_MEMORY = 0x8007000E;
    public static final int NOT_FOUND = 0x8004010F;
    public static final int ACCESS_DENIED = 0x80070005;
    public static final int INVALID_PARAMETER = 0x80070057;
    public static final int MAX_SIZE_EXCEEDED = 0x80040117;
    public static final int NULL_OBJECT = 0x000004B9;

    private static final Map<Integer, String> NAMES = Map.of(
            GENERAL_FAILURE, "GeneralFailure",
            NOT_ENOUGH_MEMORY, "NotEnoughMemory",
            NOT_FOUND, "NotFound",
            ACCESS_DENIED, "AccessDenied",
            INVALID_PARAMETER, "InvalidParameter",
            MAX_SIZE_EXCEEDED, "MaxSizeExceeded",
            NULL_OBJECT, "NullObject");

    private ErrorCodes() {
    }

    /** "0x8004010F (NotFound)", or just the hex value for codes without a known name. */
    public static String describe(int code) {
        String hex = String.format("0x%08X", code);
        String name = NAMES.get(code);
        return name == null ? hex : hex + " (" + name + ")";
    }
}
