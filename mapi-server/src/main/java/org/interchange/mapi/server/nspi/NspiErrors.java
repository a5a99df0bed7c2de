package org.interchange.mapi.server.nspi;

/** The NSPI return values this server sends, [MS-OXNSPI] 2.2.1.2. */
final class NspiErrors {
    static final int SUCCESS = 0x00000000;
    static final int WARN_WITH_ERRORS = 0x00040380;
    static final int NOT_FOUND = 0x8004010F;
    static final int TOO_COMPLEX = 0x80040117;
    static final int GENERAL_FAILURE = 0x80004005;
    static final int INVALID_PARAMETER = 0x80070057;
    static final int ACCESS_DENIED = 0x80070005;
    static final int INVALID_BOOKMARK = 0x80040405;
    static final int NOT_SUPPORTED = 0x80040102;

    private NspiErrors() {
    }
}
