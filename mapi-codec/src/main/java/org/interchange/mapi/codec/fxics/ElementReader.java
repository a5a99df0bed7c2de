package org.interchange.mapi.codec.fxics;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * Recursive descent over the tokens of one top-level element of an ICS stream, [MS-OXCFXICS]
 * 2.2.4.3: turns them into a {@link SyncElement} or fails naming the token that breaks the grammar.
 */
final class ElementReader {
    private final List<FastTransferToken> tokens;
    private int index;

    ElementReader(List<FastTransferToken> tokens) {
        this.tokens = tokens;
    }

    SyncElement read(boolean hierarchy) {
        FastTransferMarker first = ((FastTransferToken.Marker) tokens.get(index++)).marker();
        SyncElement element = switch (first) {
            case INCR_SYNC_PROGRESS_MODE -> progressTotal();
            case INCR_SYNC_PROGRESS_PER_MSG -> progressPerMessage();
            case INCR_SYNC_CHG -> hierarchy ? new FolderChange(propList(false)) : messageChange();
            case INCR_SYNC_DEL -> deletions();
            case INCR_SYNC_READ -> readStateChanges();
            case INCR_SYNC_STATE_BEGIN -> state();
            default -> throw new MapiCodecException(first + " cannot start an element of an ICS stream");
        };
        if (index < tokens.size()) {
            throw unexpected("after " + first + " element");
        }
        return element;
    }

    private SyncElement progressTotal() {
        List<StreamProperty> props = propList(false);
        byte[] info = (byte[]) single(props, SyncStreamWriter.PROGRESS_TOTAL_VALUE, "progressTotal");
        return new SyncElement.ProgressTotal(ProgressInformation.decode(info));
    }

    private SyncElement progressPerMessage() {
        List<StreamProperty> props = propList(false);
        if (props.size() != 2 || !props.get(0).tag().equals(SyncStreamWriter.PROGRESS_SIZE_VALUE)
                || !props.get(1).tag().equals(SyncStreamWriter.PROGRESS_FAI_VALUE)) {
            throw new MapiCodecException("progressPerMessage must hold a PtypInteger32 size and a PtypBoolean, not "
                    + props);
        }
        return new SyncElement.ProgressPerMessage((Integer) props.get(0).value().value(),
                (Boolean) props.get(1).value().value());
    }

    private MessageChange messageChange() {
        List<StreamProperty> header = propList(false);
        expect(FastTransferMarker.INCR_SYNC_MESSAGE, "messageChangeFull after its header");
        return new MessageChange(header, content());
    }

    /** messageContent = propList messageChildren. */
    private MessageContent content() {
        List<StreamProperty> properties = propList(true);
        boolean replaceRecipients = delProp(StreamProperties.MESSAGE_RECIPIENTS);
        List<MessageContent.Recipient> recipients = new ArrayList<>();
        while (nextIs(FastTransferMarker.START_RECIP)) {
            index++;
            recipients.add(new MessageContent.Recipient(propList(false)));
            expect(FastTransferMarker.END_TO_RECIP, "recipient");
        }
        boolean replaceAttachments = delProp(StreamProperties.MESSAGE_ATTACHMENTS);
        List<MessageContent.Attachment> attachments = new ArrayList<>();
        while (nextIs(FastTransferMarker.NEW_ATTACH)) {
            index++;
            List<StreamProperty> props = propList(false);
            MessageContent embedded = null;
            if (nextIs(FastTransferMarker.START_EMBED)) {
                index++;
                embedded = content();
                expect(FastTransferMarker.END_EMBED, "embeddedMessage");
            }
            expect(FastTransferMarker.END_ATTACH, "attachment");
            attachments.add(new MessageContent.Attachment(props, embedded));
        }
        return new MessageContent(properties, replaceRecipients, recipients, replaceAttachments, attachments);
    }

    private boolean delProp(PropertyTag subobjects) {
        if (index < tokens.size() && tokens.get(index) instanceof FastTransferToken.Property p
                && p.property().tag().equals(MetaProperties.FX_DEL_PROP)) {
            Object value = p.property().value().value();
            if (!(value instanceof Integer i) || i != subobjects.value()) {
                throw new MapiCodecException("MetaTagFXDelProp with value " + value + " where "
                        + subobjects + " was expected");
            }
            index++;
            return true;
        }
        return false;
    }

    private SyncElement deletions() {
        List<StreamProperty> props = propList(false);
        IdSet<ReplicaId> deleted = IdSet.empty();
        IdSet<ReplicaId> outOfScope = IdSet.empty();
        IdSet<ReplicaId> expired = IdSet.empty();
        for (StreamProperty p : props) {
            IdSet<ReplicaId> set = IdSetCodec.decodeReplIds(binary(p, "deletions"));
            if (p.tag().equals(MetaProperties.IDSET_DELETED)) {
                deleted = deleted.union(set);
            } else if (p.tag().equals(MetaProperties.IDSET_NO_LONGER_IN_SCOPE)) {
                outOfScope = outOfScope.union(set);
            } else if (p.tag().equals(MetaProperties.IDSET_EXPIRED)) {
                expired = expired.union(set);
            } else {
                throw new MapiCodecException("property " + p.tag() + " is not allowed in deletions");
            }
        }
        return new SyncElement.Deletions(deleted, outOfScope, expired);
    }

    private SyncElement readStateChanges() {
        List<StreamProperty> props = propList(false);
        IdSet<ReplicaId> read = IdSet.empty();
        IdSet<ReplicaId> unread = IdSet.empty();
        for (StreamProperty p : props) {
            IdSet<ReplicaId> set = IdSetCodec.decodeReplIds(binary(p, "readStateChanges"));
            if (p.tag().equals(MetaProperties.IDSET_READ)) {
                read = read.union(set);
            } else if (p.tag().equals(MetaProperties.IDSET_UNREAD)) {
                unread = unread.union(set);
            } else {
                throw new MapiCodecException("property " + p.tag() + " is not allowed in readStateChanges");
            }
        }
        return new SyncElement.ReadStateChanges(read, unread);
    }

    private SyncElement state() {
        List<StreamProperty> props = propList(false);
        expect(FastTransferMarker.INCR_SYNC_STATE_END, "state");
        IdSet<ReplicaGuid> given = null;
        IdSet<ReplicaGuid> seen = null;
        IdSet<ReplicaGuid> seenFai = null;
        IdSet<ReplicaGuid> read = null;
        for (StreamProperty p : props) {
            if (!IcsStateProperties.isStateProperty(p.tag())) {
                throw new MapiCodecException("property " + p.tag() + " is not an ICS state property");
            }
            IdSet<ReplicaGuid> set = IdSetCodec.decodeReplGuids(binary(p, "state"));
            int tag = p.tag().value();
            if (tag == IcsStateProperties.CNSET_SEEN.value()) {
                seen = set;
            } else if (tag == IcsStateProperties.CNSET_SEEN_FAI.value()) {
                seenFai = set;
            } else if (tag == IcsStateProperties.CNSET_READ.value()) {
                read = set;
            } else {
                given = set;
            }
        }
        return new SyncElement.SyncState(given, seen, seenFai, read);
    }

    /** propList = *propValue; a MetaTagFXDelProp ends it where messageChildren may follow. */
    private List<StreamProperty> propList(boolean childrenMayFollow) {
        List<StreamProperty> props = new ArrayList<>();
        while (index < tokens.size() && tokens.get(index) instanceof FastTransferToken.Property p) {
            if (childrenMayFollow && p.property().tag().equals(MetaProperties.FX_DEL_PROP)) {
                break;
            }
            props.add(p.property());
            index++;
        }
        return props;
    }

    private static Object single(List<StreamProperty> props, PropertyTag tag, String element) {
        if (props.size() != 1 || !props.get(0).tag().equals(tag)) {
            throw new MapiCodecException(element + " must hold exactly one " + tag + " property, not " + props);
        }
        return props.get(0).value().value();
    }

    private static byte[] binary(StreamProperty p, String element) {
        if (!(p.value().value() instanceof byte[] bytes)) {
            throw new MapiCodecException("property " + p.tag() + " in " + element + " is not binary");
        }
        return bytes;
    }

    private boolean nextIs(FastTransferMarker marker) {
        return index < tokens.size() && tokens.get(index) instanceof FastTransferToken.Marker m && m.marker() == marker;
    }

    private void expect(FastTransferMarker marker, String where) {
        if (!nextIs(marker)) {
            throw unexpected("where " + marker + " ends or continues the " + where);
        }
        index++;
    }

    private MapiCodecException unexpected(String where) {
        String found = index < tokens.size() ? describe(tokens.get(index)) : "end of the element";
        return new MapiCodecException("unexpected " + found + " " + where);
    }

    private static String describe(FastTransferToken token) {
        return switch (token) {
            case FastTransferToken.Marker m -> "marker " + m.marker();
            case FastTransferToken.Property p -> "property " + p.property().tag();
        };
    }
}
