package org.interchange.mapi.server.rop;

import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.MessageSummary;

/**
 * One row of a contents table, [MS-OXCTABL] 3.2.5: the message's table-row values (its bag with
 * long strings and binary values cut, {@link org.interchange.mapi.server.store.RowProperties}) are
 * read from the store only when a ROP asks for them (a page of RopQueryRows, a sort), so opening a
 * large folder costs one index scan instead of reading every message; {@link #load} reads the rows
 * of a whole page in one store call. A message deleted since the table was opened keeps the values
 * its summary knows.
 */
public final class LazyMessageRow implements PropertySource {
    private final MailboxStore store;
    private final Mailbox mailbox;
    private final long fid;
    private final MessageSummary summary;
    private List<PropertyValue> values;

    public LazyMessageRow(MailboxStore store, Mailbox mailbox, long fid, MessageSummary summary) {
        this.store = store;
        this.mailbox = mailbox;
        this.fid = fid;
        this.summary = summary;
    }

    /**
     * Reads, in one store call, the values of those of {@code rows} that are message rows of the same
     * mailbox as the first such row and not read yet; other rows are left as they are.
     */
    public static void load(List<? extends PropertySource> rows) {
        List<LazyMessageRow> pending = rows.stream().filter(r -> r instanceof LazyMessageRow m && !m.isLoaded())
                .map(LazyMessageRow.class::cast).toList();
        if (pending.isEmpty()) {
            return;
        }
        LazyMessageRow first = pending.getFirst();
        List<LazyMessageRow> batch = pending.stream()
                .filter(r -> r.store == first.store && r.mailbox.equals(first.mailbox)).toList();
        Map<Long, MessageRecord> found = first.store.tableRowsByMid(first.mailbox,
                batch.stream().map(r -> r.summary.mid()).toList());
        for (LazyMessageRow row : batch) {
            row.fill(found.get(row.summary.mid()));
        }
    }

    @Override
    public synchronized List<PropertyValue> all() {
        if (values == null) {
            fill(store.tableRowsByMid(mailbox, List.of(summary.mid())).get(summary.mid()));
        }
        return values;
    }

    private synchronized boolean isLoaded() {
        return values != null;
    }

    private synchronized void fill(MessageRecord message) {
        if (values == null) {
            values = message == null ? fromSummary() : ObjectProperties.message(mailbox, message).all();
        }
    }

    private List<PropertyValue> fromSummary() {
        return List.of(PropertyValue.of(PidTag.MID, summary.mid()), PropertyValue.of(PidTag.FOLDER_ID, fid),
                PropertyValue.of(PidTag.MESSAGE_SIZE, summary.size()),
                PropertyValue.of(PidTag.CHANGE_NUMBER, summary.changeNumber()),
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, summary.received()));
    }
}
