package org.interchange.mapi.codec.rop;

import java.util.function.Consumer;

/** The codecs of the table ROPs of [MS-OXCROPS] 2.2.5 beyond the first set: bookmarks, categories, abort. */
final class TableRops {
    private TableRops() {
    }

    static void register(Consumer<RopCodec> registry) {
        registry.accept(RopCodec.of(RopId.SEEK_ROW_BOOKMARK, RopSeekRowBookmarkRequest::decode,
                RopSeekRowBookmarkResponse::decode));
        registry.accept(RopCodec.of(RopId.SEEK_ROW_FRACTIONAL, RopSeekRowFractionalRequest::decode,
                RopSeekRowFractionalResponse::decode));
        registry.accept(RopCodec.of(RopId.CREATE_BOOKMARK, RopCreateBookmarkRequest::decode,
                RopCreateBookmarkResponse::decode));
        registry.accept(RopCodec.of(RopId.FREE_BOOKMARK, RopFreeBookmarkRequest::decode,
                RopFreeBookmarkResponse::decode));
        registry.accept(RopCodec.of(RopId.EXPAND_ROW, RopExpandRowRequest::decode, RopExpandRowResponse::decode));
        registry.accept(RopCodec.of(RopId.COLLAPSE_ROW, RopCollapseRowRequest::decode, RopCollapseRowResponse::decode));
        registry.accept(RopCodec.of(RopId.GET_COLLAPSE_STATE, RopGetCollapseStateRequest::decode,
                RopGetCollapseStateResponse::decode));
        registry.accept(RopCodec.of(RopId.SET_COLLAPSE_STATE, RopSetCollapseStateRequest::decode,
                RopSetCollapseStateResponse::decode));
        registry.accept(RopCodec.of(RopId.ABORT, RopAbortRequest::decode, RopAbortResponse::decode));
    }
}
