package org.interchange.mapi.codec.rop;

import java.util.function.Consumer;

/**
 * The codecs of the property, stream, permission and rule ROPs of [MS-OXCROPS] 2.2.8 to 2.2.11
 * beyond the first set.
 */
final class PropertyAndStreamRops {
    private PropertyAndStreamRops() {
    }

    static void register(Consumer<RopCodec> registry) {
        registry.accept(RopCodec.withFullResponse(RopId.COPY_PROPERTIES, RopCopyPropertiesRequest::decode,
                RopCopyPropertiesResponse::decode));
        registry.accept(RopCodec.withFullResponse(RopId.COPY_TO, RopCopyToRequest::decode, RopCopyToResponse::decode));
        registry.accept(RopCodec.of(RopId.QUERY_NAMED_PROPERTIES, RopQueryNamedPropertiesRequest::decode,
                RopQueryNamedPropertiesResponse::decode));
        registry.accept(RopCodec.withFullResponse(RopId.COPY_TO_STREAM, RopCopyToStreamRequest::decode,
                RopCopyToStreamResponse::decode));
        registry.accept(RopCodec.of(RopId.LOCK_REGION_STREAM, RopLockRegionStreamRequest::decode,
                RopLockRegionStreamResponse::decode));
        registry.accept(RopCodec.of(RopId.UNLOCK_REGION_STREAM, RopUnlockRegionStreamRequest::decode,
                RopUnlockRegionStreamResponse::decode));
        registry.accept(RopCodec.withFullResponse(RopId.WRITE_AND_COMMIT_STREAM, RopWriteAndCommitStreamRequest::decode,
                RopWriteAndCommitStreamResponse::decode));
        registry.accept(RopCodec.withFullResponse(RopId.WRITE_STREAM_EXTENDED, RopWriteStreamExtendedRequest::decode,
                RopWriteStreamExtendedResponse::decode));
        registry.accept(RopCodec.of(RopId.CLONE_STREAM, RopCloneStreamRequest::decode, RopCloneStreamResponse::decode));
        registry.accept(RopCodec.of(RopId.MODIFY_PERMISSIONS, RopModifyPermissionsRequest::decode,
                RopModifyPermissionsResponse::decode));
        registry.accept(RopCodec.of(RopId.MODIFY_RULES, RopModifyRulesRequest::decode, RopModifyRulesResponse::decode));
        registry.accept(RopCodec.of(RopId.UPDATE_DEFERRED_ACTION_MESSAGES,
                RopUpdateDeferredActionMessagesRequest::decode, RopUpdateDeferredActionMessagesResponse::decode));
    }
}
