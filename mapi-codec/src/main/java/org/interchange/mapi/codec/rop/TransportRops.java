package org.interchange.mapi.codec.rop;

import java.util.function.Consumer;

/** The codecs of the submission and transport ROPs, [MS-OXCROPS] 2.2.7, and RopProgress, 2.2.8.13. */
final class TransportRops {
    private TransportRops() {
    }

    static void register(Consumer<RopCodec> registry) {
        registry.accept(RopCodec.of(RopId.ABORT_SUBMIT, RopAbortSubmitRequest::decode, RopAbortSubmitResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_ADDRESS_TYPES, RopGetAddressTypesRequest::decode,
                RopGetAddressTypesResponse::decode));
        registry.accept(RopCodec.of(RopId.SET_SPOOLER, RopSetSpoolerRequest::decode, RopSetSpoolerResponse::decode));
        registry.accept(RopCodec.of(RopId.SPOOLER_LOCK_MESSAGE, RopSpoolerLockMessageRequest::decode,
                RopSpoolerLockMessageResponse::decode));
        registry.accept(RopCodec.of(RopId.TRANSPORT_SEND, RopTransportSendRequest::decode,
                RopTransportSendResponse::decode));
        registry.accept(RopCodec.of(RopId.TRANSPORT_NEW_MAIL, RopTransportNewMailRequest::decode,
                RopTransportNewMailResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_TRANSPORT_FOLDER, RopGetTransportFolderRequest::decode,
                RopGetTransportFolderResponse::decode));
        registry.accept(RopCodec.of(RopId.OPTIONS_DATA, RopOptionsDataRequest::decode, RopOptionsDataResponse::decode));
        registry.accept(RopCodec.of(RopId.PROGRESS, RopProgressRequest::decode, RopProgressResponse::decode));
    }
}
