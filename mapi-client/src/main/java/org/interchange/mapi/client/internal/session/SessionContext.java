package org.interchange.mapi.client.internal.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.client.Mailbox;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.client.internal.rop.RopExecutor;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The state of one logged-on session that the operations share, [MS-OXCSTOR] 3.1.4.1: the ROP
 * executor, the logon object and mailbox facts, and the named property ids resolved so far
 * (they are per mailbox, [MS-OXCPRPT] 3.1.4.2). Nothing here is global.
 */
public final class SessionContext {
    private final RopExecutor executor;
    private final MapiSessionOptions options;
    private final ServerObject logon;
    private final Mailbox mailbox;
    private final Map<PidLid, Integer> namedIds = new HashMap<>();
    private final Map<PidName, Integer> stringNamedIds = new HashMap<>();

    public SessionContext(RopExecutor executor, MapiSessionOptions options, ServerObject logon, Mailbox mailbox) {
        this.executor = executor;
        this.options = options;
        this.logon = logon;
        this.mailbox = mailbox;
    }

    public RopExecutor executor() {
        return executor;
    }

    public MapiSessionOptions options() {
        return options;
    }

    public ServerObject logon() {
        return logon;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** The ids already resolved for those of {@code names} this session asked about before (0 = unknown name). */
    public synchronized Map<PidLid, Integer> knownNamedIds(List<PidLid> names) {
        Map<PidLid, Integer> known = new HashMap<>();
        for (PidLid name : names) {
            Integer id = namedIds.get(name);
            if (id != null) {
                known.put(name, id);
            }
        }
        return known;
    }

    public synchronized void rememberNamedIds(Map<PidLid, Integer> ids) {
        namedIds.putAll(ids);
    }

    /** The ids already known for string-named properties, as {@link #knownNamedIds} for long ids. */
    public synchronized Map<PidName, Integer> knownStringNamedIds(List<PidName> names) {
        Map<PidName, Integer> known = new HashMap<>();
        for (PidName name : names) {
            Integer id = stringNamedIds.get(name);
            if (id != null) {
                known.put(name, id);
            }
        }
        return known;
    }

    public synchronized void rememberStringNamedIds(Map<PidName, Integer> ids) {
        stringNamedIds.putAll(ids);
    }

    public synchronized NamedPropertyIds namedIds() {
        return new NamedPropertyIds(namedIds, stringNamedIds);
    }

    /** A property bag that also answers the named properties resolved so far. */
    public PropertyBag bag(List<PropertyValue> values) {
        return PropertyBag.of(values, namedIds());
    }
}
