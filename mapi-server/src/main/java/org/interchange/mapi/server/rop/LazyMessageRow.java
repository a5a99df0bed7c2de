package org.interchange.mapi.server.rop;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageSummary;

/**
 * One row of a contents table, [MS-OXCTABL] 3.2.5: the message's property bag is read from the
 * store only when a ROP asks for the row's values (a page of RopQueryRows, a sort), so opening a
 * large folder costs one index scan instead of reading every message. A message deleted since the
 * table was opened keeps the values its summary knows.
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

    @Override
    public synchronized List<PropertyValue> all() {
        if (values == null) {
            values = store.message(mailbox, summary.mid())
                    .map(m -> ObjectProperties.message(mailbox, m).all())
                    .orElseGet(this::fromSummary);
        }
        return values;
    }

    private List<PropertyValue> fromSummary() {
        return List.of(PropertyValue.of(PidTag.MID, summary.mid()), PropertyValue.of(PidTag.FOLDER_ID, fid),
                PropertyValue.of(PidTag.MESSAGE_SIZE, summary.size()),
                PropertyValue.of(PidTag.CHANGE_NUMBER, summary.changeNumber()),
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, summary.received()));
    }
}
