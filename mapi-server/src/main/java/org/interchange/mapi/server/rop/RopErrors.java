package org.interchange.mapi.server.rop;

/** The ReturnValue codes the ROP handlers use, [MS-OXCDATA] 2.4.1 and 2.4.2. */
public final class RopErrors {
    public static final int SUCCESS = 0x00000000;
    /** ecNotSupported / MAPI_E_NO_SUPPORT: the server does not support this operation. */
    public static final int NOT_SUPPORTED = 0x80040102;
    /** ecNotFound / MAPI_E_NOT_FOUND: the object or property does not exist. */
    public static final int NOT_FOUND = 0x8004010F;
    /** ecNullObject: the handle index does not refer to an object. */
    public static final int NULL_OBJECT = 0x000004B9;
    /** ecLoginPerm: the user may not log on to this mailbox. */
    public static final int LOGIN_PERM = 0x000003F2;
    /** ecUnknownUser: no mailbox matches the ESSDN. */
    public static final int UNKNOWN_USER = 0x000003EB;
    /** ecInvalidParam / MAPI_E_INVALID_PARAMETER. */
    public static final int INVALID_PARAMETER = 0x80070057;
    /** ecMAPIOOM / MAPI_E_NOT_ENOUGH_MEMORY: the value is too large to return inline; use a stream. */
    public static final int NOT_ENOUGH_MEMORY = 0x8007000E;
    /** A handler throws this when its response cannot fit; the dispatcher answers RopBufferTooSmall. */
    public static final int BUFFER_TOO_SMALL = 0x0000047D;
    /** ecWarnWithErrors: success, but some of the values are errors. */
    public static final int WARN_WITH_ERRORS = 0x00040380;

    /** ecCorruptData / MAPI_E_CORRUPT_DATA: an inconsistency was detected in the data, e.g. a malformed ICS state. */
    public static final int CORRUPT_DATA = 0x8004011B;

    /** ecAccessDenied / MAPI_E_NO_ACCESS: the object was opened without write access. */
    public static final int ACCESS_DENIED = 0x80070005;
    /** ecStreamSizeError / STG_E_MEDIUMFULL: the stream would exceed its maximum size. */
    public static final int STREAM_SIZE_ERROR = 0x80030070;

    /** ecStreamSeekError / STG_E_SEEKERROR: the seek would move before the start of the stream. */
    public static final int STREAM_SEEK_ERROR = 0x80030019;

    private RopErrors() {
    }
}
