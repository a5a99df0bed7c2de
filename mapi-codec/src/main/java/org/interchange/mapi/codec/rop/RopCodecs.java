package org.interchange.mapi.codec.rop;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The dispatch table keyed by RopId ([MS-OXCROPS] 2.2.2) that decodes single ROP requests and
 * responses, used by {@link RopRequestBuffer} on the server and {@link RopResponseBuffer} on the
 * client.
 */
public final class RopCodecs {
    private static final Map<RopId, RopCodec> CODECS = new EnumMap<>(RopId.class);
    /** The same codecs indexed by RopId byte, for the per-ROP dispatch of buffer decoding. */
    private static final RopCodec[] BY_CODE = new RopCodec[256];

    static {
        register(RopCodec.withFullResponse(RopId.LOGON, RopLogonRequest::decode, RopLogonResponse::decode));
        register(RopCodec.withoutResponse(RopId.RELEASE, RopReleaseRequest::decode));
        register(RopCodec.of(RopId.OPEN_FOLDER, RopOpenFolderRequest::decode, RopOpenFolderResponse::decode));
        register(RopCodec.of(RopId.OPEN_MESSAGE, RopOpenMessageRequest::decode, RopOpenMessageResponse::decode));
        register(RopCodec.of(RopId.GET_HIERARCHY_TABLE, RopGetHierarchyTableRequest::decode,
                RopGetHierarchyTableResponse::decode));
        register(RopCodec.of(RopId.GET_CONTENTS_TABLE, RopGetContentsTableRequest::decode,
                RopGetContentsTableResponse::decode));
        register(RopCodec.of(RopId.GET_PROPERTIES_SPECIFIC, RopGetPropertiesSpecificRequest::decode,
                RopGetPropertiesSpecificResponse::decode));
        register(RopCodec.of(RopId.GET_PROPERTIES_ALL, RopGetPropertiesAllRequest::decode,
                RopGetPropertiesAllResponse::decode));
        register(RopCodec.of(RopId.SET_PROPERTIES, RopSetPropertiesRequest::decode, RopSetPropertiesResponse::decode));
        register(RopCodec.of(RopId.REMOVE_ALL_RECIPIENTS, RopRemoveAllRecipientsRequest::decode,
                RopRemoveAllRecipientsResponse::decode));
        register(RopCodec.of(RopId.MODIFY_RECIPIENTS, RopModifyRecipientsRequest::decode,
                RopModifyRecipientsResponse::decode));
        register(RopCodec.of(RopId.SET_COLUMNS, RopSetColumnsRequest::decode, RopSetColumnsResponse::decode));
        register(RopCodec.of(RopId.QUERY_ROWS, RopQueryRowsRequest::decode, RopQueryRowsResponse::decode));
        register(RopCodec.of(RopId.FIND_ROW, RopFindRowRequest::decode, RopFindRowResponse::decode));
        register(RopCodec.of(RopId.GET_ATTACHMENT_TABLE, RopGetAttachmentTableRequest::decode,
                RopGetAttachmentTableResponse::decode));
        register(RopCodec.of(RopId.OPEN_ATTACHMENT, RopOpenAttachmentRequest::decode,
                RopOpenAttachmentResponse::decode));
        register(RopCodec.of(RopId.REGISTER_NOTIFICATION, RopRegisterNotificationRequest::decode,
                RopRegisterNotificationResponse::decode));
        register(RopCodec.of(RopId.OPEN_STREAM, RopOpenStreamRequest::decode, RopOpenStreamResponse::decode));
        register(RopCodec.withFullResponse(RopId.READ_STREAM, RopReadStreamRequest::decode,
                RopReadStreamResponse::decode));
        register(RopCodec.of(RopId.SUBMIT_MESSAGE, RopSubmitMessageRequest::decode, RopSubmitMessageResponse::decode));
        register(RopCodec.of(RopId.GET_RULES_TABLE, RopGetRulesTableRequest::decode, RopGetRulesTableResponse::decode));
        register(RopCodec.withFullResponse(RopId.GET_PROPERTY_IDS_FROM_NAMES, RopGetPropertyIdsFromNamesRequest::decode,
                RopGetPropertyIdsFromNamesResponse::decode));
        register(RopCodec.of(RopId.CREATE_MESSAGE, RopCreateMessageRequest::decode, RopCreateMessageResponse::decode));
        register(RopCodec.of(RopId.SAVE_CHANGES_MESSAGE, RopSaveChangesMessageRequest::decode,
                RopSaveChangesMessageResponse::decode));
        register(RopCodec.of(RopId.OPEN_EMBEDDED_MESSAGE, RopOpenEmbeddedMessageRequest::decode,
                RopOpenEmbeddedMessageResponse::decode));
        register(RopCodec.of(RopId.CREATE_ATTACHMENT, RopCreateAttachmentRequest::decode,
                RopCreateAttachmentResponse::decode));
        register(RopCodec.of(RopId.DELETE_ATTACHMENT, RopDeleteAttachmentRequest::decode,
                RopDeleteAttachmentResponse::decode));
        register(RopCodec.of(RopId.SAVE_CHANGES_ATTACHMENT, RopSaveChangesAttachmentRequest::decode,
                RopSaveChangesAttachmentResponse::decode));
        register(RopCodec.of(RopId.CREATE_FOLDER, RopCreateFolderRequest::decode, RopCreateFolderResponse::decode));
        register(RopCodec.withFullResponse(RopId.DELETE_FOLDER, RopDeleteFolderRequest::decode,
                RopDeleteFolderResponse::decode));
        register(RopCodec.withFullResponse(RopId.DELETE_MESSAGES, RopDeleteMessagesRequest::decode,
                RopDeleteMessagesResponse::decode));
        register(RopCodec.withFullResponse(RopId.HARD_DELETE_MESSAGES, RopHardDeleteMessagesRequest::decode,
                RopHardDeleteMessagesResponse::decode));
        register(RopCodec.withFullResponse(RopId.EMPTY_FOLDER, RopEmptyFolderRequest::decode,
                RopEmptyFolderResponse::decode));
        register(RopCodec.withFullResponse(RopId.MOVE_COPY_MESSAGES, RopMoveCopyMessagesRequest::decode,
                RopMoveCopyMessagesResponse::decode));
        register(RopCodec.of(RopId.GET_RECEIVE_FOLDER, RopGetReceiveFolderRequest::decode,
                RopGetReceiveFolderResponse::decode));
        register(RopCodec.of(RopId.GET_STORE_STATE, RopGetStoreStateRequest::decode, RopGetStoreStateResponse::decode));
        register(RopCodec.of(RopId.LONG_TERM_ID_FROM_ID, RopLongTermIdFromIdRequest::decode,
                RopLongTermIdFromIdResponse::decode));
        register(RopCodec.of(RopId.ID_FROM_LONG_TERM_ID, RopIdFromLongTermIdRequest::decode,
                RopIdFromLongTermIdResponse::decode));
        register(RopCodec.of(RopId.SORT_TABLE, RopSortTableRequest::decode, RopSortTableResponse::decode));
        register(RopCodec.of(RopId.RESTRICT, RopRestrictRequest::decode, RopRestrictResponse::decode));
        register(RopCodec.of(RopId.SEEK_ROW, RopSeekRowRequest::decode, RopSeekRowResponse::decode));
        register(RopCodec.of(RopId.QUERY_POSITION, RopQueryPositionRequest::decode, RopQueryPositionResponse::decode));
        register(RopCodec.of(RopId.GET_STATUS, RopGetStatusRequest::decode, RopGetStatusResponse::decode));
        register(RopCodec.of(RopId.RESET_TABLE, RopResetTableRequest::decode, RopResetTableResponse::decode));
        register(RopCodec.of(RopId.QUERY_COLUMNS_ALL, RopQueryColumnsAllRequest::decode,
                RopQueryColumnsAllResponse::decode));
        register(RopCodec.of(RopId.GET_PERMISSIONS_TABLE, RopGetPermissionsTableRequest::decode,
                RopGetPermissionsTableResponse::decode));
        register(RopCodec.withFullResponse(RopId.WRITE_STREAM, RopWriteStreamRequest::decode,
                RopWriteStreamResponse::decode));
        register(RopCodec.of(RopId.COMMIT_STREAM, RopCommitStreamRequest::decode, RopCommitStreamResponse::decode));
        register(RopCodec.of(RopId.GET_STREAM_SIZE, RopGetStreamSizeRequest::decode, RopGetStreamSizeResponse::decode));
        register(RopCodec.of(RopId.SET_STREAM_SIZE, RopSetStreamSizeRequest::decode, RopSetStreamSizeResponse::decode));
        register(RopCodec.of(RopId.SEEK_STREAM, RopSeekStreamRequest::decode, RopSeekStreamResponse::decode));
        register(RopCodec.of(RopId.DELETE_PROPERTIES, RopDeletePropertiesRequest::decode,
                RopDeletePropertiesResponse::decode));
        register(RopCodec.of(RopId.GET_PROPERTIES_LIST, RopGetPropertiesListRequest::decode,
                RopGetPropertiesListResponse::decode));
        register(RopCodec.of(RopId.GET_NAMES_FROM_PROPERTY_IDS, RopGetNamesFromPropertyIdsRequest::decode,
                RopGetNamesFromPropertyIdsResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_CONFIGURE, RopSynchronizationConfigureRequest::decode,
                RopSynchronizationConfigureResponse::decode));
        register(RopCodec.withFullResponse(RopId.FAST_TRANSFER_SOURCE_GET_BUFFER,
                RopFastTransferSourceGetBufferRequest::decode, RopFastTransferSourceGetBufferResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_BEGIN,
                RopSynchronizationUploadStateStreamBeginRequest::decode,
                RopSynchronizationUploadStateStreamBeginResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_CONTINUE,
                RopSynchronizationUploadStateStreamContinueRequest::decode,
                RopSynchronizationUploadStateStreamContinueResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_END,
                RopSynchronizationUploadStateStreamEndRequest::decode,
                RopSynchronizationUploadStateStreamEndResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_GET_TRANSFER_STATE, RopSynchronizationGetTransferStateRequest::decode,
                RopSynchronizationGetTransferStateResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_OPEN_COLLECTOR, RopSynchronizationOpenCollectorRequest::decode,
                RopSynchronizationOpenCollectorResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_IMPORT_MESSAGE_CHANGE,
                RopSynchronizationImportMessageChangeRequest::decode,
                RopSynchronizationImportMessageChangeResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_IMPORT_HIERARCHY_CHANGE,
                RopSynchronizationImportHierarchyChangeRequest::decode,
                RopSynchronizationImportHierarchyChangeResponse::decode));
        register(RopCodec.of(RopId.SYNCHRONIZATION_IMPORT_DELETES, RopSynchronizationImportDeletesRequest::decode,
                RopSynchronizationImportDeletesResponse::decode));
        register(RopCodec.of(RopId.GET_LOCAL_REPLICA_IDS, RopGetLocalReplicaIdsRequest::decode,
                RopGetLocalReplicaIdsResponse::decode));
        register(RopCodec.of(RopId.SET_PROPERTIES_NO_REPLICATE, RopSetPropertiesNoReplicateRequest::decode,
                RopSetPropertiesNoReplicateResponse::decode));
        register(RopCodec.of(RopId.DELETE_PROPERTIES_NO_REPLICATE, RopDeletePropertiesNoReplicateRequest::decode,
                RopDeletePropertiesNoReplicateResponse::decode));
        register(RopCodec.withFullResponse(RopId.SET_READ_FLAGS, RopSetReadFlagsRequest::decode,
                RopSetReadFlagsResponse::decode));
        register(RopCodec.of(RopId.READ_RECIPIENTS, RopReadRecipientsRequest::decode, RopReadRecipientsResponse::decode));
        register(RopCodec.unsolicited(RopId.BUFFER_TOO_SMALL, RopBufferTooSmallResponse::decode));
        register(RopCodec.unsolicited(RopId.BACKOFF, RopBackoffResponse::decode));
        register(RopCodec.unsolicited(RopId.PENDING, RopPendingResponse::decode));
        register(RopCodec.unsolicited(RopId.NOTIFY, RopNotifyResponse::decode));
        TransportRops.register(RopCodecs::register);
        TableRops.register(RopCodecs::register);
        FolderAndMessageRops.register(RopCodecs::register);
        PropertyAndStreamRops.register(RopCodecs::register);
        FastTransferRops.register(RopCodecs::register);
    }

    /**
     * The RopIds of [MS-OXCROPS] 2.2.2 deliberately left without codec, each with the reason. Every
     * other RopId has a codec in {@link #all()}. Empty: every ROP id of the table has a codec.
     */
    private static final Map<RopId, String> UNSUPPORTED = Map.of();

    private RopCodecs() {
    }

    /** The RopIds deliberately without codec and why; every other RopId is in {@link #all()}. */
    public static Map<RopId, String> unsupported() {
        return UNSUPPORTED;
    }

    private static void register(RopCodec codec) {
        if (CODECS.putIfAbsent(codec.id(), codec) != null) {
            throw new ExceptionInInitializerError("two codecs for " + codec.id());
        }
        BY_CODE[codec.id().code()] = codec;
    }

    /** The codec for {@code id}, if this codec supports that ROP. */
    public static Optional<RopCodec> forId(RopId id) {
        return Optional.ofNullable(CODECS.get(id));
    }

    /** The ROPs this codec decodes. */
    public static Map<RopId, RopCodec> all() {
        return Collections.unmodifiableMap(CODECS);
    }

    /**
     * Decodes one request starting at its RopId byte.
     *
     * @throws UnsupportedRopException for a RopId without codec
     */
    public static RopRequest decodeRequest(ByteReader in) {
        return decodeRequest(in, RequestContext.none());
    }

    /**
     * Decodes one request starting at its RopId byte, reading logon-dependent layouts with {@code context}.
     *
     * @throws UnsupportedRopException for a RopId without codec
     */
    public static RopRequest decodeRequest(ByteReader in, RequestContext context) {
        int offset = in.position();
        int code = in.u8();
        RopCodec codec = BY_CODE[code];
        if (codec == null || codec.requestDecoder() == null) {
            throw new UnsupportedRopException(code, offset, List.of(), List.of());
        }
        try {
            return codec.requestDecoder() instanceof RopCodec.PlainAdapter adapter ? adapter.plain().decode(in)
                    : codec.requestDecoder().decode(in, context);
        } catch (UnsupportedRopException e) {
            throw e;
        } catch (MapiCodecException e) {
            throw new MapiCodecException(codec.id() + " request at offset " + offset + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes one response starting at its RopId byte, answering {@code context.request()}.
     *
     * @throws UnsupportedRopException for a RopId without codec
     */
    public static RopResponse decodeResponse(ByteReader in, ResponseContext context) {
        return decodeResponse(in, context, List.of());
    }

    /**
     * Decodes a response the server sends without a request (RopBackoff, RopBufferTooSmall,
     * RopPending, RopNotify), starting at its RopId byte.
     *
     * @throws UnsupportedRopException when the RopId is not such a response
     */
    public static RopResponse decodeUnsolicited(ByteReader in) {
        return decodeUnsolicited(in, List.of());
    }

    static RopResponse decodeUnsolicited(ByteReader in, List<RopResponse> before) {
        int offset = in.position();
        int code = in.u8();
        RopCodec codec = BY_CODE[code];
        if (codec == null || !codec.isUnsolicited()) {
            throw new UnsupportedRopException(code, offset, List.of(), before);
        }
        try {
            return codec.unsolicitedDecoder().decode(in);
        } catch (MapiCodecException e) {
            throw new MapiCodecException(codec.id() + " at offset " + offset + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code code} is the RopId of a response the server sends without a request. */
    static boolean isUnsolicited(int code) {
        RopCodec codec = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        return codec != null && codec.isUnsolicited();
    }

    static RopResponse decodeResponse(ByteReader in, ResponseContext context, List<RopResponse> before) {
        int offset = in.position();
        int code = in.u8();
        RopCodec codec = BY_CODE[code];
        if (codec == null || codec.responseDecoder() == null) {
            throw new UnsupportedRopException(code, offset, List.of(), before);
        }
        if (codec.id() != context.request().ropId()) {
            throw new MapiCodecException(codec.id() + " response at offset " + offset + " answers "
                    + context.request().ropId());
        }
        int handleIndex = in.u8();
        int returnValue = in.i32();
        try {
            return codec.responseDecoder().decode(in, handleIndex, returnValue, context);
        } catch (MapiCodecException e) {
            throw new MapiCodecException(codec.id() + " response at offset " + offset + ": " + e.getMessage(), e);
        }
    }
}
