package org.interchange.mapi.server.rop.oxorule;

import java.util.List;
import org.interchange.mapi.codec.rop.RopGetRulesTableRequest;
import org.interchange.mapi.codec.rop.RopGetRulesTableResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;

/** RopGetRulesTable, [MS-OXORULE] 3.2.5.2: this store keeps no server-side rules, so the table is empty. */
public final class GetRulesTableHandler implements RopHandler<RopGetRulesTableRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_RULES_TABLE;
    }

    @Override
    public Class<RopGetRulesTableRequest> requestType() {
        return RopGetRulesTableRequest.class;
    }

    @Override
    public RopResponse handle(RopGetRulesTableRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        context.put(request.outputHandleIndex(), new TableObject(folder.logon(), List.of()));
        return new RopGetRulesTableResponse(request.outputHandleIndex());
    }
}
