package org.interchange.mapi.codec.property;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Reads and writes the RuleAction structure of [MS-OXORULE] 2.2.5. {@link #STANDARD} uses the
 * 16-bit NoOfActions, ActionLength and counts of standard rules with ROP-width property values;
 * {@link #EXTENDED} the 32-bit ones of extended rules. Each ActionBlock must fill its ActionLength.
 */
public final class RuleActionCodec {
    public static final RuleActionCodec STANDARD = new RuleActionCodec(false, PropertyValueCodec.ROP);
    public static final RuleActionCodec EXTENDED = new RuleActionCodec(true, PropertyValueCodec.WIDE);

    /** ActionType, ActionFlavor and ActionFlags: the bytes ActionLength counts before ActionData. */
    private static final int BLOCK_HEADER = 9;

    private final boolean extended;
    private final PropertyValueCodec values;

    private RuleActionCodec(boolean extended, PropertyValueCodec values) {
        this.extended = extended;
        this.values = values;
    }

    /** Decodes a RuleAction that fills {@code bytes} exactly. */
    public RuleActions decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        RuleActions actions = read(in);
        if (in.hasRemaining()) {
            throw new MapiCodecException("RuleAction leaves " + in.remaining() + " unread bytes");
        }
        return actions;
    }

    public byte[] encode(RuleActions actions) {
        ByteWriter out = new ByteWriter();
        write(out, actions);
        return out.toByteArray();
    }

    public RuleActions read(ByteReader in) {
        return read(in, 1);
    }

    RuleActions read(ByteReader in, int depth) {
        long count = count(in);
        if (count == 0) {
            throw new MapiCodecException("RuleAction at offset " + (in.position() - width()) + " has no actions");
        }
        requireItems(in, count, width() + BLOCK_HEADER, "NoOfActions");
        List<ActionBlock> blocks = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            long length = count(in);
            if (length < BLOCK_HEADER || length > in.remaining()) {
                throw new MapiCodecException("ActionLength " + length + " at offset " + (in.position() - width())
                        + " is below 9 or beyond the " + in.remaining() + " bytes left");
            }
            blocks.add(readBlock(in.slice((int) length, "ActionBlock"), depth));
        }
        return new RuleActions(blocks);
    }

    private ActionBlock readBlock(ByteReader in, int depth) {
        int type = in.u8();
        int flavor = in.i32();
        int flags = in.i32();
        RuleAction action = switch (type) {
            case RuleAction.OP_MOVE, RuleAction.OP_COPY -> readMoveCopy(in, type);
            case RuleAction.OP_REPLY, RuleAction.OP_OOF_REPLY -> extended
                    ? new RuleAction.ReplyExtended(type, in.bytes(length(in, "MessageEIDSize"), "ReplyTemplateMessageEID"), in.guid())
                    : new RuleAction.Reply(type, in.i64(), in.i64(), in.guid());
            case RuleAction.OP_DEFER_ACTION -> new RuleAction.DeferAction(in.bytes(in.remaining(), "DeferredActionMessage"));
            case RuleAction.OP_BOUNCE -> new RuleAction.Bounce(in.i32());
            case RuleAction.OP_FORWARD, RuleAction.OP_DELEGATE -> new RuleAction.ForwardDelegate(type, readRecipients(in, depth));
            case RuleAction.OP_TAG -> new RuleAction.Tag(values.readTagged(in, depth + 1));
            case RuleAction.OP_DELETE -> new RuleAction.Delete();
            case RuleAction.OP_MARK_AS_READ -> new RuleAction.MarkAsRead();
            default -> throw new MapiCodecException("unknown ActionType 0x" + Integer.toHexString(type)
                    + " at offset " + (in.position() - BLOCK_HEADER));
        };
        if (in.hasRemaining()) {
            throw new MapiCodecException("ActionBlock of type 0x" + Integer.toHexString(type) + " leaves "
                    + in.remaining() + " bytes of its ActionLength unread");
        }
        return new ActionBlock(flavor, flags, action);
    }

    private RuleAction readMoveCopy(ByteReader in, int type) {
        boolean inThisStore = !extended && in.u8() != 0;
        byte[] store = in.bytes(length(in, "StoreEIDSize"), "StoreEID");
        byte[] folder = in.bytes(length(in, "FolderEIDSize"), "FolderEID");
        return new RuleAction.MoveCopy(type, inThisStore, store, folder);
    }

    private List<RecipientBlock> readRecipients(ByteReader in, int depth) {
        long count = count(in);
        requireItems(in, count, 1 + width(), "RecipientCount");
        List<RecipientBlock> recipients = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            int reserved = in.u8();
            long properties = count(in);
            requireItems(in, properties, 4, "NoOfProperties");
            List<PropertyValue> tagged = new ArrayList<>((int) properties);
            for (long j = 0; j < properties; j++) {
                tagged.add(values.readTagged(in, depth + 1));
            }
            recipients.add(new RecipientBlock(reserved, tagged));
        }
        return recipients;
    }

    public void write(ByteWriter out, RuleActions actions) {
        writeCount(out, actions.actionBlocks().size(), "NoOfActions");
        for (ActionBlock block : actions.actionBlocks()) {
            ByteWriter body = new ByteWriter();
            RuleAction action = block.action();
            body.u8(action.actionType()).i32(block.actionFlavor()).i32(block.actionFlags());
            writeData(body, action);
            writeCount(out, body.size(), "ActionLength");
            out.bytes(body.toByteArray());
        }
    }

    private void writeData(ByteWriter out, RuleAction action) {
        switch (action) {
            case RuleAction.MoveCopy m -> {
                if (extended) {
                    if (m.folderInThisStore()) {
                        throw new MapiCodecException("extended rules have no FolderInThisStore flag");
                    }
                } else {
                    out.u8(m.folderInThisStore() ? 1 : 0);
                }
                writeBytes(out, m.storeEntryId(), "StoreEIDSize");
                writeBytes(out, m.folderEntryId(), "FolderEIDSize");
            }
            case RuleAction.Reply r -> {
                requireForm(!extended, "a Reply with FID and MID belongs to standard rules");
                out.i64(r.templateFolderId()).i64(r.templateMessageId()).guid(r.templateGuid());
            }
            case RuleAction.ReplyExtended r -> {
                requireForm(extended, "a Reply with a message entry ID belongs to extended rules");
                byte[] eid = r.templateMessageEntryId();
                out.i32(eid.length).bytes(eid).guid(r.templateGuid());
            }
            case RuleAction.DeferAction d -> out.bytes(d.deferredActionMessage());
            case RuleAction.Bounce b -> out.i32(b.bounceCode());
            case RuleAction.ForwardDelegate f -> {
                writeCount(out, f.recipients().size(), "RecipientCount");
                for (RecipientBlock recipient : f.recipients()) {
                    out.u8(recipient.reserved());
                    writeCount(out, recipient.properties().size(), "NoOfProperties");
                    recipient.properties().forEach(v -> values.writeTagged(out, v));
                }
            }
            case RuleAction.Tag t -> values.writeTagged(out, t.taggedValue());
            case RuleAction.Delete d -> { }
            case RuleAction.MarkAsRead m -> { }
        }
    }

    private static void requireForm(boolean ok, String message) {
        if (!ok) {
            throw new MapiCodecException(message);
        }
    }

    private int width() {
        return extended ? 4 : 2;
    }

    private long count(ByteReader in) {
        return extended ? in.u32() : in.u16();
    }

    /** A byte count (32-bit in extended rules) checked against the input. */
    private int length(ByteReader in, String what) {
        long count = extended ? in.u32() : in.u16();
        if (count > in.remaining()) {
            throw new MapiCodecException(what + " " + count + " at offset " + in.position() + " exceeds the "
                    + in.remaining() + " bytes left");
        }
        return (int) count;
    }

    private void writeCount(ByteWriter out, int count, String what) {
        if (extended) {
            out.i32(count);
        } else {
            if (count > 0xFFFF) {
                throw new MapiCodecException(what + " " + count + " does not fit the 16 bits of a standard rule");
            }
            out.u16(count);
        }
    }

    private void writeBytes(ByteWriter out, byte[] bytes, String what) {
        writeCount(out, bytes.length, what);
        out.bytes(bytes);
    }

    private static void requireItems(ByteReader in, long count, int minimumSize, String what) {
        if (count * minimumSize > in.remaining()) {
            throw new MapiCodecException(what + " " + count + " at offset " + in.position() + " needs at least "
                    + count * minimumSize + " bytes but only " + in.remaining() + " remain");
        }
    }
}
