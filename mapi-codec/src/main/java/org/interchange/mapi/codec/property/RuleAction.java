package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The ActionData of one ActionBlock, [MS-OXORULE] 2.2.5.1.2, one record per ActionType (OP_MOVE ..
 * OP_MARK_AS_READ). {@link RuleActionCodec} reads and writes them inside a {@link RuleActions}.
 */
public sealed interface RuleAction {
    int OP_MOVE = 0x01;
    int OP_COPY = 0x02;
    int OP_REPLY = 0x03;
    int OP_OOF_REPLY = 0x04;
    int OP_DEFER_ACTION = 0x05;
    int OP_BOUNCE = 0x06;
    int OP_FORWARD = 0x07;
    int OP_DELEGATE = 0x08;
    int OP_TAG = 0x09;
    int OP_DELETE = 0x0A;
    int OP_MARK_AS_READ = 0x0B;

    /** The ActionType byte. */
    int actionType();

    /**
     * OP_MOVE or OP_COPY, [MS-OXORULE] 2.2.5.1.2.1: the target store and folder entry IDs. In
     * standard rules FolderInThisStore says whether the folder entry ID is a ServerEid of this
     * store; extended rules ([MS-OXORULE] 2.2.5.1.2.1.1) have no such byte, so it must be false there.
     */
    record MoveCopy(int actionType, boolean folderInThisStore, byte[] storeEntryId, byte[] folderEntryId)
            implements RuleAction {
        public MoveCopy {
            if (actionType != OP_MOVE && actionType != OP_COPY) {
                throw new MapiCodecException("MoveCopy action type " + actionType + " is not OP_MOVE or OP_COPY");
            }
            storeEntryId = storeEntryId.clone();
            folderEntryId = folderEntryId.clone();
        }

        @Override
        public byte[] storeEntryId() {
            return storeEntryId.clone();
        }

        @Override
        public byte[] folderEntryId() {
            return folderEntryId.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MoveCopy m && actionType == m.actionType && folderInThisStore == m.folderInThisStore
                    && Arrays.equals(storeEntryId, m.storeEntryId) && Arrays.equals(folderEntryId, m.folderEntryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actionType, folderInThisStore, Arrays.hashCode(storeEntryId), Arrays.hashCode(folderEntryId));
        }

        @Override
        public String toString() {
            return "MoveCopy[" + actionType + ", " + folderInThisStore + ", " + HexFormat.of().formatHex(storeEntryId)
                    + ", " + HexFormat.of().formatHex(folderEntryId) + "]";
        }
    }

    /**
     * OP_REPLY or OP_OOF_REPLY of a standard rule, [MS-OXORULE] 2.2.5.1.2.2: the reply template's
     * Folder ID and Message ID and its ReplyTemplateGUID.
     */
    record Reply(int actionType, long templateFolderId, long templateMessageId, UUID templateGuid)
            implements RuleAction {
        public Reply {
            requireReply(actionType);
            Objects.requireNonNull(templateGuid, "templateGuid");
        }
    }

    /**
     * OP_REPLY or OP_OOF_REPLY of an extended rule, [MS-OXORULE] 2.2.5.1.2.2.1: the reply
     * template's Message EntryID and its ReplyTemplateGUID.
     */
    record ReplyExtended(int actionType, byte[] templateMessageEntryId, UUID templateGuid) implements RuleAction {
        public ReplyExtended {
            requireReply(actionType);
            templateMessageEntryId = templateMessageEntryId.clone();
            Objects.requireNonNull(templateGuid, "templateGuid");
        }

        @Override
        public byte[] templateMessageEntryId() {
            return templateMessageEntryId.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReplyExtended r && actionType == r.actionType
                    && Arrays.equals(templateMessageEntryId, r.templateMessageEntryId) && templateGuid.equals(r.templateGuid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actionType, Arrays.hashCode(templateMessageEntryId), templateGuid);
        }

        @Override
        public String toString() {
            return "ReplyExtended[" + actionType + ", " + HexFormat.of().formatHex(templateMessageEntryId) + ", "
                    + templateGuid + "]";
        }
    }

    /** OP_DEFER_ACTION, [MS-OXORULE] 2.2.5.1.2.3: client-defined bytes for a client-side action. */
    record DeferAction(byte[] deferredActionMessage) implements RuleAction {
        public DeferAction {
            deferredActionMessage = deferredActionMessage.clone();
        }

        @Override
        public byte[] deferredActionMessage() {
            return deferredActionMessage.clone();
        }

        @Override
        public int actionType() {
            return OP_DEFER_ACTION;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DeferAction d && Arrays.equals(deferredActionMessage, d.deferredActionMessage);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(deferredActionMessage);
        }

        @Override
        public String toString() {
            return "DeferAction[" + HexFormat.of().formatHex(deferredActionMessage) + "]";
        }
    }

    /** OP_BOUNCE, [MS-OXORULE] 2.2.5.1.2.5: the BounceCode (0x0000000D too large, 0x1F cannot display, 0x26 denied). */
    record Bounce(int bounceCode) implements RuleAction {
        @Override
        public int actionType() {
            return OP_BOUNCE;
        }
    }

    /** OP_FORWARD or OP_DELEGATE, [MS-OXORULE] 2.2.5.1.2.4: one RecipientBlockData per recipient. */
    record ForwardDelegate(int actionType, List<RecipientBlock> recipients) implements RuleAction {
        public ForwardDelegate {
            if (actionType != OP_FORWARD && actionType != OP_DELEGATE) {
                throw new MapiCodecException("ForwardDelegate action type " + actionType
                        + " is not OP_FORWARD or OP_DELEGATE");
            }
            recipients = FrozenList.copyOf(recipients);
        }
    }

    /** OP_TAG, [MS-OXORULE] 2.2.5.1.2.6: the property to set on the message. */
    record Tag(PropertyValue taggedValue) implements RuleAction {
        public Tag {
            Objects.requireNonNull(taggedValue, "taggedValue");
        }

        @Override
        public int actionType() {
            return OP_TAG;
        }
    }

    /** OP_DELETE, [MS-OXORULE] 2.2.5.1.2.7: no ActionData. */
    record Delete() implements RuleAction {
        @Override
        public int actionType() {
            return OP_DELETE;
        }
    }

    /** OP_MARK_AS_READ, [MS-OXORULE] 2.2.5.1.2.8: no ActionData. */
    record MarkAsRead() implements RuleAction {
        @Override
        public int actionType() {
            return OP_MARK_AS_READ;
        }
    }

    private static void requireReply(int actionType) {
        if (actionType != OP_REPLY && actionType != OP_OOF_REPLY) {
            throw new MapiCodecException("Reply action type " + actionType + " is not OP_REPLY or OP_OOF_REPLY");
        }
    }
}
