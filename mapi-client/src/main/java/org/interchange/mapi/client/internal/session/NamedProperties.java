package org.interchange.mapi.client.internal.session;

import java.util.ArrayList;
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
import org.interchange.mapi.objects.PidName;

/**
 * Resolves named properties (MNID_ID and MNID_STRING, [MS-OXCDATA] 2.6.1) to this mailbox's
 * property ids with RopGetPropertyIdsFromNames on the logon object, [MS-OXCPRPT] 2.2.12 and
 * [MS-OXCROPS] 2.2.8.1. Without creation unknown names map to id 0 (ecWarnWithErrors) and read as
 * absent; with the Create flag (0x02) the mailbox assigns ids to names it did not know. Answers are
 * remembered for the session (ids are fixed per mailbox), so asking again costs no round trip; a
 * name remembered as unknown is asked again when creating.
 */
public final class NamedProperties {
    /** Flags 0x00: look up only, do not create, [MS-OXCPRPT] 2.2.12.1. */
    static final int LOOK_UP_ONLY = 0x00;

    private NamedProperties() {
    }

    /** The ids of {@code requested}, looked up only; only names this session has not asked about go to the server. */
    public static NamedPropertyIds resolve(SessionContext context, List<PidLid> requested) {
        return resolve(context, requested, List.of(), false);
    }

    /**
     * The ids of {@code lids} and {@code names}; with {@code create} the mailbox assigns ids to names
     * it does not know yet.
     */
    public static NamedPropertyIds resolve(SessionContext context, List<PidLid> lids, List<PidName> names,
            boolean create) {
        Map<PidLid, Integer> knownLids = context.knownNamedIds(lids);
        Map<PidName, Integer> knownNames = context.knownStringNamedIds(names);
        List<PidLid> askLids = lids.stream().distinct()
                .filter(n -> !knownLids.containsKey(n) || create && knownLids.get(n) == 0).toList();
        List<PidName> askNames = names.stream().distinct()
                .filter(n -> !knownNames.containsKey(n) || create && knownNames.get(n) == 0).toList();
        if (askLids.isEmpty() && askNames.isEmpty()) {
            return context.namedIds();
        }
        List<PropertyName> wire = new ArrayList<>();
        askLids.forEach(n -> wire.add(PropertyName.ofId(n.propertySet(), n.lid())));
        askNames.forEach(n -> wire.add(PropertyName.ofName(n.propertySet(), n.name())));
        List<Integer> ids = ask(context, wire, create ? RopGetPropertyIdsFromNamesRequest.FLAG_CREATE : LOOK_UP_ONLY);
        Map<PidLid, Integer> resolvedLids = new HashMap<>();
        for (int i = 0; i < askLids.size(); i++) {
            resolvedLids.put(askLids.get(i), ids.get(i));
        }
        Map<PidName, Integer> resolvedNames = new HashMap<>();
        for (int i = 0; i < askNames.size(); i++) {
            resolvedNames.put(askNames.get(i), ids.get(askLids.size() + i));
        }
        context.rememberNamedIds(resolvedLids);
        context.rememberStringNamedIds(resolvedNames);
        return context.namedIds();
    }

    private static List<Integer> ask(SessionContext context, List<PropertyName> wire, int flags) {
        RopBatch batch = context.executor().newBatch();
        RopBatch.Ticket<RopGetPropertyIdsFromNamesResponse> ticket = batch.add(new RopGetPropertyIdsFromNamesRequest(
                RopBatch.LOGON_ID, batch.input(context.logon()), flags, wire),
                RopGetPropertyIdsFromNamesResponse.class);
        BatchResult result = context.executor().run(batch);
        RopResponse raw = result.raw(ticket);
        boolean partial = raw instanceof RopGetPropertyIdsFromNamesResponse r
                && r.returnValue() == RopGetPropertyIdsFromNamesResponse.EC_WARN_WITH_ERRORS;
        RopGetPropertyIdsFromNamesResponse response = partial ? (RopGetPropertyIdsFromNamesResponse) raw
                : result.get(ticket);
        List<Integer> ids = response.propertyIds();
        if (ids.size() != wire.size()) {
            throw new MapiProtocolException("RopGetPropertyIdsFromNames returned " + ids.size() + " ids for "
                    + wire.size() + " names");
        }
        return ids;
    }
}
