package org.interchange.mapi.server.rop.oxcprpt;

import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.rop.RopGetNamesFromPropertyIdsResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopGetNamesFromPropertyIdsRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopGetNamesFromPropertyIds, [MS-OXCPRPT] 3.2.5.9: ids below 0x8000 are PS_MAPI names with the id as LID; unmapped ids give Kind 0xFF. */
public final class GetNamesFromPropertyIdsHandler implements RopHandler<RopGetNamesFromPropertyIdsRequest> {
    private static final int FIRST_NAMED_ID = 0x8000;
    private static final UUID NO_GUID = new UUID(0, 0);

    @Override
    public RopId ropId() {
        return RopId.GET_NAMES_FROM_PROPERTY_IDS;
    }

    @Override
    public Class<RopGetNamesFromPropertyIdsRequest> requestType() {
        return RopGetNamesFromPropertyIdsRequest.class;
    }

    @Override
    public RopResponse handle(RopGetNamesFromPropertyIdsRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        List<PropertyName> names = request.propertyIds().stream().map(id -> id < FIRST_NAMED_ID
                ? PropertyName.ofId(GetPropertyIdsFromNamesHandler.PS_MAPI, id)
                : context.store().propertyName(logon.mailbox(), id).map(GetNamesFromPropertyIdsHandler::toWire)
                        .orElse(new PropertyName(PropertyName.NO_NAME, NO_GUID, 0, null))).toList();
        return new RopGetNamesFromPropertyIdsResponse(request.inputHandleIndex(), names);
    }

    private static PropertyName toWire(org.interchange.mapi.server.store.PropertyName name) {
        return name.isLid() ? PropertyName.ofId(name.propertySet(), name.lid())
                : PropertyName.ofName(name.propertySet(), name.name());
    }
}
