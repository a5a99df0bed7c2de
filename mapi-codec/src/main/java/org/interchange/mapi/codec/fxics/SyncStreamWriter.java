package org.interchange.mapi.codec.fxics;

import org.interchange.mapi.codec.property.PropertyTag;

/**
 * Writes the elements of contentsSync and hierarchySync streams, [MS-OXCFXICS] 2.2.4.3, in the
 * layout {@link SyncStreamParser} reads.
 */
public final class SyncStreamWriter {
    /** The untagged PtypBinary property of progressTotal, 2.2.4.3.19. */
    static final PropertyTag PROGRESS_TOTAL_VALUE = new PropertyTag(0x00000102);
    /** The untagged PtypInteger32 message size of progressPerMessage, 2.2.4.3.18. */
    static final PropertyTag PROGRESS_SIZE_VALUE = new PropertyTag(0x00000003);
    /** The untagged PtypBoolean FAI flag of progressPerMessage, 2.2.4.3.18. */
    static final PropertyTag PROGRESS_FAI_VALUE = new PropertyTag(0x0000000B);

    private SyncStreamWriter() {
    }

    public static void write(SyncElement element, FastTransferWriter out) {
        switch (element) {
            case SyncElement.ProgressTotal p -> out.marker(FastTransferMarker.INCR_SYNC_PROGRESS_MODE)
                    .property(StreamProperty.of(PROGRESS_TOTAL_VALUE, p.information().encode()));
            case SyncElement.ProgressPerMessage p -> out.marker(FastTransferMarker.INCR_SYNC_PROGRESS_PER_MSG)
                    .property(StreamProperty.of(PROGRESS_SIZE_VALUE, p.messageSize()))
                    .property(StreamProperty.of(PROGRESS_FAI_VALUE, p.fai()));
            case MessageChange m -> {
                out.marker(FastTransferMarker.INCR_SYNC_CHG).properties(m.header());
                out.marker(FastTransferMarker.INCR_SYNC_MESSAGE);
                writeContent(m.content(), out);
            }
            case FolderChange f -> out.marker(FastTransferMarker.INCR_SYNC_CHG).properties(f.properties());
            case SyncElement.Deletions d -> {
                out.marker(FastTransferMarker.INCR_SYNC_DEL);
                idSet(out, MetaProperties.IDSET_DELETED, d.deleted());
                idSet(out, MetaProperties.IDSET_NO_LONGER_IN_SCOPE, d.noLongerInScope());
                idSet(out, MetaProperties.IDSET_EXPIRED, d.expired());
            }
            case SyncElement.ReadStateChanges r -> {
                out.marker(FastTransferMarker.INCR_SYNC_READ);
                idSet(out, MetaProperties.IDSET_READ, r.read());
                idSet(out, MetaProperties.IDSET_UNREAD, r.unread());
            }
            case SyncElement.SyncState s -> {
                out.marker(FastTransferMarker.INCR_SYNC_STATE_BEGIN);
                state(out, IcsStateProperties.IDSET_GIVEN, s.idsetGiven());
                state(out, IcsStateProperties.CNSET_SEEN, s.cnsetSeen());
                state(out, IcsStateProperties.CNSET_SEEN_FAI, s.cnsetSeenFai());
                state(out, IcsStateProperties.CNSET_READ, s.cnsetRead());
                out.marker(FastTransferMarker.INCR_SYNC_STATE_END);
            }
            case SyncElement.End e -> out.marker(FastTransferMarker.INCR_SYNC_END);
        }
    }

    /** messageContent = propList messageChildren, 2.2.4.3.15 and 2.2.4.3.16. */
    static void writeContent(MessageContent content, FastTransferWriter out) {
        out.properties(content.properties());
        if (content.replaceRecipients()) {
            out.property(StreamProperty.of(MetaProperties.FX_DEL_PROP, StreamProperties.MESSAGE_RECIPIENTS.value()));
        }
        for (MessageContent.Recipient r : content.recipients()) {
            out.marker(FastTransferMarker.START_RECIP).properties(r.properties())
                    .marker(FastTransferMarker.END_TO_RECIP);
        }
        if (content.replaceAttachments()) {
            out.property(StreamProperty.of(MetaProperties.FX_DEL_PROP, StreamProperties.MESSAGE_ATTACHMENTS.value()));
        }
        for (MessageContent.Attachment a : content.attachments()) {
            out.marker(FastTransferMarker.NEW_ATTACH).properties(a.properties());
            if (a.embedded() != null) {
                out.marker(FastTransferMarker.START_EMBED);
                writeContent(a.embedded(), out);
                out.marker(FastTransferMarker.END_EMBED);
            }
            out.marker(FastTransferMarker.END_ATTACH);
        }
    }

    private static void idSet(FastTransferWriter out, PropertyTag tag, IdSet<ReplicaId> set) {
        if (!set.isEmpty()) {
            out.property(StreamProperty.of(tag, IdSetCodec.encode(set)));
        }
    }

    private static void state(FastTransferWriter out, PropertyTag tag, IdSet<ReplicaGuid> set) {
        if (set != null) {
            out.property(StreamProperty.of(tag, IdSetCodec.encode(set)));
        }
    }
}
