package org.interchange.mapi.server.rop.oxctabl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.RopQueryColumnsAllResponse;
import org.interchange.mapi.server.rop.TableObject;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopQueryColumnsAllRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopQueryColumnsAll, [MS-OXCTABL] 3.2.5.12: every property tag found in any row of the table, in first-seen order. */
public final class QueryColumnsAllHandler implements RopHandler<RopQueryColumnsAllRequest> {

    @Override
    public RopId ropId() {
        return RopId.QUERY_COLUMNS_ALL;
    }

    @Override
    public Class<RopQueryColumnsAllRequest> requestType() {
        return RopQueryColumnsAllRequest.class;
    }

    @Override
    public RopResponse handle(RopQueryColumnsAllRequest request, RopContext context) {
        TableObject table = context.object(request.inputHandleIndex(), TableObject.class);
        Map<Integer, PropertyTag> tags = new LinkedHashMap<>();
        table.rows().forEach(row -> row.all().forEach(v -> tags.putIfAbsent(v.tag().id(), v.tag())));
        return new RopQueryColumnsAllResponse(request.inputHandleIndex(), List.copyOf(tags.values()));
    }
}
