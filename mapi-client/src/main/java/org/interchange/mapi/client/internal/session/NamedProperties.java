package org.interchange.mapi.client.internal.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesRequest;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;

/**
 * Resolves named properties to this mailbox's property ids with RopGetPropertyIdsFromNames on the
 * logon object, [MS-OXCPRPT] 2.2.12 and [MS-OXCROPS] 2.2.8.1, without creating missing names:
 * unknown names map to id 0 (ecWarnWithErrors) and read as absent. Answers are remembered for the
 * session (ids are fixed per mailbox), so asking again costs no round trip.
 */
public final class NamedProperties {
    /** Flags 0x00: look up only, do not create, [MS-OXCPRPT] 2.2.12.1. */
    static final int LOOK_UP_ONLY = 0x00;

    private NamedProperties() {
    }

    /** The ids of {@code names}; only names this session has not asked about before go to the server. */
    public static NamedPropertyIds resolve(SessionContext context, List<PidLid> requested) {
        Map<PidLid, Integer> known = context.knownNamedIds(requested);
        List<PidLid> names = requested.stream().distinct().filter(n -> !known.containsKey(n)).toList();
        if (names.isEmpty()) {
            return new NamedPropertyIds(known);
        }
        List<PropertyName> wire = names.stream().map(n -> PropertyName.ofId(n.propertySet(), n.lid())).toList();
        RopBatch batch = context.executor().newBatch();
        RopBatch.Ticket<RopGetPropertyIdsFromNamesResponse> ticket = batch.add(new RopGetPropertyIdsFromNamesRequest(
                RopBatch.LOGON_ID, batch.input(context.logon()), LOOK_UP_ONLY, wire),
                RopGetPropertyIdsFromNamesResponse.class);
        BatchResult result = context.executor().run(batch);
        RopResponse raw = result.raw(ticket);
        boolean partial = raw instanceof RopGetPropertyIdsFromNamesResponse r
                && r.returnValue() == RopGetPropertyIdsFromNamesResponse.EC_WARN_WITH_ERRORS;
        RopGetPropertyIdsFromNamesResponse response = partial ? (RopGetPropertyIdsFromNamesResponse) raw
                : result.get(ticket);
        List<Integer> ids = response.propertyIds();
        if (ids.size() != names.size()) {
            throw new MapiProtocolException("RopGetPropertyIdsFromNames returned " + ids.size() + " ids for "
                    + names.size() + " names");
        }
        Map<PidLid, Integer> resolved = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            resolved.put(names.get(i), ids.get(i));
        }
        context.rememberNamedIds(resolved);
        known.putAll(resolved);
        return new NamedPropertyIds(known);
    }
}
