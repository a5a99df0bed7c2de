package org.interchange.mapi.codec.rop;

import java.util.function.Consumer;

/** The codecs of the FastTransfer and ICS ROPs of [MS-OXCROPS] 2.2.12 and 2.2.13 beyond the first set. */
final class FastTransferRops {
    private FastTransferRops() {
    }

    static void register(Consumer<RopCodec> registry) {
        registry.accept(RopCodec.of(RopId.FAST_TRANSFER_DESTINATION_CONFIGURE,
                RopFastTransferDestinationConfigureRequest::decode, RopFastTransferDestinationConfigureResponse::decode));
        registry.accept(RopCodec.withFullResponse(RopId.FAST_TRANSFER_DESTINATION_PUT_BUFFER,
                RopFastTransferDestinationPutBufferRequest::decode, RopFastTransferDestinationPutBufferResponse::decode));
        registry.accept(RopCodec.withFullResponse(RopId.FAST_TRANSFER_DESTINATION_PUT_BUFFER_EXTENDED,
                RopFastTransferDestinationPutBufferExtendedRequest::decode,
                RopFastTransferDestinationPutBufferExtendedResponse::decode));
        registry.accept(RopCodec.of(RopId.FAST_TRANSFER_SOURCE_COPY_FOLDER,
                RopFastTransferSourceCopyFolderRequest::decode, RopFastTransferSourceCopyFolderResponse::decode));
        registry.accept(RopCodec.of(RopId.FAST_TRANSFER_SOURCE_COPY_MESSAGES,
                RopFastTransferSourceCopyMessagesRequest::decode, RopFastTransferSourceCopyMessagesResponse::decode));
        registry.accept(RopCodec.of(RopId.FAST_TRANSFER_SOURCE_COPY_TO, RopFastTransferSourceCopyToRequest::decode,
                RopFastTransferSourceCopyToResponse::decode));
        registry.accept(RopCodec.of(RopId.FAST_TRANSFER_SOURCE_COPY_PROPERTIES,
                RopFastTransferSourceCopyPropertiesRequest::decode,
                RopFastTransferSourceCopyPropertiesResponse::decode));
        registry.accept(RopCodec.of(RopId.TELL_VERSION, RopTellVersionRequest::decode, RopTellVersionResponse::decode));
        registry.accept(RopCodec.of(RopId.SYNCHRONIZATION_IMPORT_MESSAGE_MOVE,
                RopSynchronizationImportMessageMoveRequest::decode,
                RopSynchronizationImportMessageMoveResponse::decode));
        registry.accept(RopCodec.of(RopId.SYNCHRONIZATION_IMPORT_READ_STATE_CHANGES,
                RopSynchronizationImportReadStateChangesRequest::decode,
                RopSynchronizationImportReadStateChangesResponse::decode));
        registry.accept(RopCodec.of(RopId.SET_LOCAL_REPLICA_MIDSET_DELETED,
                RopSetLocalReplicaMidsetDeletedRequest::decode, RopSetLocalReplicaMidsetDeletedResponse::decode));
    }
}
