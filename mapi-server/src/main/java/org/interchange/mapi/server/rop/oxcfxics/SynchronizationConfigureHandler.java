package org.interchange.mapi.server.rop.oxcfxics;

import java.util.Optional;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RestrictionCodec;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.SyncContextObject;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopSynchronizationConfigure, [MS-OXCFXICS] 3.2.5.9.1.1: opens a download context on the input
 * folder for its contents or its hierarchy. A contents synchronization may carry a restriction
 * ({@link MessageRestriction}); unknown synchronization types fail with ecInvalidParam.
 */
public final class SynchronizationConfigureHandler implements RopHandler<RopSynchronizationConfigureRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_CONFIGURE;
    }

    @Override
    public Class<RopSynchronizationConfigureRequest> requestType() {
        return RopSynchronizationConfigureRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationConfigureRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        int type = request.synchronizationType();
        if (type != RopSynchronizationConfigureRequest.CONTENTS && type != RopSynchronizationConfigureRequest.HIERARCHY) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "unknown SynchronizationType " + type);
        }
        boolean hierarchy = type == RopSynchronizationConfigureRequest.HIERARCHY;
        Optional<Restriction> restriction = restriction(request.restrictionData(), hierarchy);
        FolderAccess.require(context, folder, hierarchy ? MemberRights.FOLDER_VISIBLE : MemberRights.READ_ANY);
        SyncConfiguration config = new SyncConfiguration(hierarchy, request.sendOptions(),
                request.synchronizationFlags(), request.synchronizationExtraFlags(), request.propertyTags(), restriction);
        context.put(request.outputHandleIndex(), new SyncContextObject(folder.logon(), folder.folder(), config));
        return new RopSynchronizationConfigureResponse(request.outputHandleIndex());
    }

    /**
     * The RestrictionData ([MS-OXCDATA] 2.12) of a contents synchronization, none when empty; malformed data fails
     * with ecInvalidParam, a restriction on a hierarchy synchronization or one the server cannot evaluate with
     * ecTooComplex.
     */
    private static Optional<Restriction> restriction(byte[] data, boolean hierarchy) {
        if (data.length == 0) {
            return Optional.empty();
        }
        if (hierarchy) {
            throw new RopFailure(MessageRestriction.TOO_COMPLEX, "a hierarchy synchronization takes no restriction");
        }
        Restriction restriction;
        try {
            restriction = RestrictionCodec.ROP.decode(data);
        } catch (MapiCodecException e) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "malformed RestrictionData: " + e.getMessage());
        }
        MessageRestriction.check(restriction);
        return Optional.of(restriction);
    }
}
