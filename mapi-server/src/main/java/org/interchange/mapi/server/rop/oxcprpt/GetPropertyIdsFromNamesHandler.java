package org.interchange.mapi.server.rop.oxcprpt;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesRequest;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;

/**
 * RopGetPropertyIdsFromNames, [MS-OXCPRPT] 3.2.5.8: maps names to this mailbox's property ids,
 * creating mappings when the Create flag is set. Unknown names give id 0 and ecWarnWithErrors;
 * PS_MAPI names map to their LID ([MS-OXPROPS] 1.3.2).
 */
public final class GetPropertyIdsFromNamesHandler implements RopHandler<RopGetPropertyIdsFromNamesRequest> {
    /** PS_MAPI, [MS-OXPROPS] 1.3.2. */
    public static final UUID PS_MAPI = UUID.fromString("00020328-0000-0000-c000-000000000046");

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTY_IDS_FROM_NAMES;
    }

    @Override
    public Class<RopGetPropertyIdsFromNamesRequest> requestType() {
        return RopGetPropertyIdsFromNamesRequest.class;
    }

    @Override
    public RopResponse handle(RopGetPropertyIdsFromNamesRequest request, RopContext context) {
        if (request.propertyNames().isEmpty()) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "listing all named properties is not supported");
        }
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        boolean create = (request.flags() & RopGetPropertyIdsFromNamesRequest.FLAG_CREATE) != 0;
        List<Integer> ids = new ArrayList<>();
        boolean missing = false;
        for (PropertyName name : request.propertyNames()) {
            OptionalInt id = resolve(context, logon, name, create);
            missing |= id.isEmpty();
            ids.add(id.orElse(0));
        }
        return new RopGetPropertyIdsFromNamesResponse(request.inputHandleIndex(),
                missing ? RopErrors.WARN_WITH_ERRORS : RopErrors.SUCCESS, ids);
    }

    private static OptionalInt resolve(RopContext context, LogonObject logon, PropertyName name, boolean create) {
        if (name.kind() == PropertyName.MNID_ID && PS_MAPI.equals(name.guid())) {
            return OptionalInt.of(name.lid() & 0xFFFF);
        }
        org.interchange.mapi.server.store.PropertyName stored = switch (name.kind()) {
            case PropertyName.MNID_ID -> org.interchange.mapi.server.store.PropertyName.ofLid(name.guid(), name.lid());
            case PropertyName.MNID_STRING -> org.interchange.mapi.server.store.PropertyName.ofName(name.guid(), name.name());
            default -> null;
        };
        return stored == null ? OptionalInt.empty() : context.store().namedPropertyId(logon.mailbox(), stored, create);
    }
}
