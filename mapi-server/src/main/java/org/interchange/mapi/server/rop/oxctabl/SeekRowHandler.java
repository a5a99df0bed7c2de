package org.interchange.mapi.server.rop.oxctabl;

import org.interchange.mapi.codec.rop.RopSeekRowResponse;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.TableObject;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSeekRowRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopSeekRow, [MS-OXCTABL] 3.2.5.8: moves the cursor from the beginning, current row or end; HasSoughtLess when the table ended first. */
public final class SeekRowHandler implements RopHandler<RopSeekRowRequest> {
    private static final int BOOKMARK_BEGINNING = 0x00;
    private static final int BOOKMARK_CURRENT = 0x01;
    private static final int BOOKMARK_END = 0x02;

    @Override
    public RopId ropId() {
        return RopId.SEEK_ROW;
    }

    @Override
    public Class<RopSeekRowRequest> requestType() {
        return RopSeekRowRequest.class;
    }

    @Override
    public RopResponse handle(RopSeekRowRequest request, RopContext context) {
        TableObject table = context.object(request.inputHandleIndex(), TableObject.class);
        long base = switch (request.origin()) {
            case BOOKMARK_BEGINNING -> 0;
            case BOOKMARK_CURRENT -> table.cursor();
            case BOOKMARK_END -> table.rows().size();
            default -> throw new RopFailure(RopErrors.INVALID_PARAMETER, "bookmark " + request.origin());
        };
        long target = base + request.rowCount();
        int start = table.cursor();
        table.moveCursor(Math.clamp(target, 0, table.rows().size()));
        return new RopSeekRowResponse(request.inputHandleIndex(), table.cursor() != target, table.cursor() - start);
    }
}
