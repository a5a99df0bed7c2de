package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.mapi.codec.fxics.GlobSet;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.MessageSummary;

/**
 * The messages of a restricted contents synchronization that went out of scope without changing, [MS-OXCFXICS]
 * 3.2.5.3: those the client's IdsetGiven holds that are still in the folder and no longer satisfy the restriction,
 * as when a restriction on delivery time moves forward each day. Each is judged on its table row properties first
 * ({@link MailboxStore#tableRowsByMid}, a few hundred bytes) and only one that fails there on its whole bag, so a
 * message is never reported out of scope on a value a row cuts.
 */
final class OutOfScope {
    /** Messages whose rows are read in one go. */
    static final int BATCH = 500;

    private OutOfScope() {
    }

    /**
     * The GLOBCNTs of the messages of folder {@code fid} of the kinds synchronized ({@code normal}, {@code fai}) that
     * {@code given} holds and {@code judged} (MIDs) does not, that fail {@code restriction}.
     */
    static List<Long> find(MailboxStore store, Mailbox mailbox, long fid, Restriction restriction, GlobSet given,
                           Set<Long> judged, boolean normal, boolean fai) {
        List<Long> candidates = new ArrayList<>();
        for (MessageSummary m : store.messageSummaries(mailbox, fid)) {
            if ((m.associated() ? fai : normal) && !judged.contains(m.mid())
                    && given.contains(ExchangeIds.globalCounter(m.mid()))) {
                candidates.add(m.mid());
            }
        }
        List<Long> out = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<Long> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            List<Long> failing = failing(mailbox, restriction, batch, store.tableRowsByMid(mailbox, batch));
            if (!failing.isEmpty()) {
                failing(mailbox, restriction, failing, store.messagesByMid(mailbox, failing))
                        .forEach(mid -> out.add(ExchangeIds.globalCounter(mid)));
            }
        }
        return out;
    }

    /** The MIDs among {@code mids} whose record in {@code records} fails the restriction; a missing one is skipped. */
    private static List<Long> failing(Mailbox mailbox, Restriction restriction, List<Long> mids,
                                      Map<Long, MessageRecord> records) {
        List<Long> failing = new ArrayList<>();
        for (long mid : mids) {
            MessageRecord record = records.get(mid);
            if (record != null
                    && !MessageRestriction.matches(restriction, ObjectProperties.message(mailbox, record).all())) {
                failing.add(mid);
            }
        }
        return failing;
    }
}
