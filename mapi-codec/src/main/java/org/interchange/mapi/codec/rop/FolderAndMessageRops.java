package org.interchange.mapi.codec.rop;

import java.util.function.Consumer;

/**
 * The codecs of the folder, message and store ROPs of [MS-OXCROPS] 2.2.3, 2.2.4 and 2.2.6 beyond
 * the first set.
 */
final class FolderAndMessageRops {
    private FolderAndMessageRops() {
    }

    static void register(Consumer<RopCodec> registry) {
        registry.accept(RopCodec.withFullResponse(RopId.MOVE_FOLDER, RopMoveFolderRequest::decode,
                RopMoveFolderResponse::decode));
        registry.accept(RopCodec.withFullResponse(RopId.COPY_FOLDER, RopCopyFolderRequest::decode,
                RopCopyFolderResponse::decode));
        registry.accept(RopCodec.withFullResponse(RopId.HARD_DELETE_MESSAGES_AND_SUBFOLDERS,
                RopHardDeleteMessagesAndSubfoldersRequest::decode, RopHardDeleteMessagesAndSubfoldersResponse::decode));
        registry.accept(RopCodec.of(RopId.SET_SEARCH_CRITERIA, RopSetSearchCriteriaRequest::decode,
                RopSetSearchCriteriaResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_SEARCH_CRITERIA, RopGetSearchCriteriaRequest::decode,
                RopGetSearchCriteriaResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_MESSAGE_STATUS, RopGetMessageStatusRequest::decode,
                RopGetMessageStatusResponse::decode));
        registry.accept(RopCodec.of(RopId.SET_MESSAGE_STATUS, RopSetMessageStatusRequest::decode,
                RopSetMessageStatusResponse::decode));
        registry.accept(RopCodec.of(RopId.RELOAD_CACHED_INFORMATION, RopReloadCachedInformationRequest::decode,
                RopReloadCachedInformationResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_VALID_ATTACHMENTS, RopGetValidAttachmentsRequest::decode,
                RopGetValidAttachmentsResponse::decode));
        registry.accept(RopCodec.of(RopId.SET_RECEIVE_FOLDER, RopSetReceiveFolderRequest::decode,
                RopSetReceiveFolderResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_RECEIVE_FOLDER_TABLE, RopGetReceiveFolderTableRequest::decode,
                RopGetReceiveFolderTableResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_OWNING_SERVERS, RopGetOwningServersRequest::decode,
                RopGetOwningServersResponse::decode));
        registry.accept(RopCodec.of(RopId.PUBLIC_FOLDER_IS_GHOSTED, RopPublicFolderIsGhostedRequest::decode,
                RopPublicFolderIsGhostedResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_PER_USER_LONG_TERM_IDS, RopGetPerUserLongTermIdsRequest::decode,
                RopGetPerUserLongTermIdsResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_PER_USER_GUID, RopGetPerUserGuidRequest::decode,
                RopGetPerUserGuidResponse::decode));
        registry.accept(RopCodec.withContext(RopId.SET_MESSAGE_READ_FLAG, RopSetMessageReadFlagRequest::decode,
                RopSetMessageReadFlagResponse::decode));
        registry.accept(RopCodec.withContext(RopId.WRITE_PER_USER_INFORMATION, RopWritePerUserInformationRequest::decode,
                RopWritePerUserInformationResponse::decode));
        registry.accept(RopCodec.of(RopId.READ_PER_USER_INFORMATION, RopReadPerUserInformationRequest::decode,
                RopReadPerUserInformationResponse::decode));
    }
}
