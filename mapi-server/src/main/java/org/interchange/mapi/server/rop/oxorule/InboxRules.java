package org.interchange.mapi.server.rop.oxorule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.property.ActionBlock;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.codec.property.RuleActions;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.NoSuchObjectException;
import org.interchange.mapi.server.store.RuleChange;
import org.interchange.mapi.server.store.RuleRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a new message to a mailbox through the server-side rules of its Inbox, [MS-OXORULE]
 * 3.2.5.1: enabled rules in PidTagRuleSequence order, each condition evaluated against the new
 * message; a matching rule's OP_MOVE, OP_COPY, OP_DELETE, OP_MARK_AS_READ and OP_TAG actions decide
 * where the message is stored, in which state and in how many copies; ST_EXIT_LEVEL ends the
 * evaluation. Other actions (reply, forward, delegate, bounce, deferred) are not performed. A rule
 * that cannot be evaluated or carried out is skipped and marked ST_ERROR; the message then goes
 * where the rules before it sent it, so an erroring rule never loses a message.
 */
public final class InboxRules {
    private static final Logger LOG = LoggerFactory.getLogger(InboxRules.class);

    private InboxRules() {
    }

    /**
     * Files {@code message} (unread unless its PidTagMessageFlags says otherwise) and returns the
     * stored messages: the message itself first unless a rule deleted it, then its copies.
     */
    public static List<MessageRecord> deliver(MailboxStore store, Mailbox mailbox, NewMessage message) {
        long inbox = mailbox.folderId(SpecialFolder.INBOX);
        Plan plan = new Plan(inbox, message.properties());
        RuleCondition.Candidate candidate = new RuleCondition.Candidate(PropertySource.of(message.properties()),
                message.recipients().stream().map(PropertySource::of).toList(),
                message.attachments().stream().map(PropertySource::of).toList());
        for (RuleRecord rule : store.rules(mailbox, inbox)) {
            int state = rule.find(RuleProperties.RULE_STATE.id()).map(PropertyValue::asInt).orElse(0);
            if ((state & RuleProperties.ST_ENABLED) == 0 || (state & RuleProperties.ST_ONLY_WHEN_OOF) != 0) {
                continue;
            }
            try {
                if (!RuleCondition.matches(condition(rule), candidate)) {
                    continue;
                }
                plan = plan.after(actions(rule), store, mailbox);
            } catch (RuntimeException e) {
                LOG.warn("rule 0x{} of {} is in error and was skipped: {}", Long.toHexString(rule.ruleId()),
                        mailbox.owner(), e.toString());
                markError(store, mailbox, rule, state);
                continue;
            }
            if (plan.deleted || (state & RuleProperties.ST_EXIT_LEVEL) != 0) {
                break;
            }
        }
        return plan.store(store, mailbox, message);
    }

    private static Restriction condition(RuleRecord rule) {
        return rule.find(RuleProperties.RULE_CONDITION.id()).filter(v -> v.value() instanceof Restriction)
                .map(v -> (Restriction) v.value())
                .orElseThrow(() -> new IllegalStateException("the rule has no PidTagRuleCondition restriction"));
    }

    private static RuleActions actions(RuleRecord rule) {
        return rule.find(RuleProperties.RULE_ACTIONS.id()).filter(v -> v.value() instanceof RuleActions)
                .map(v -> (RuleActions) v.value())
                .orElseThrow(() -> new IllegalStateException("the rule has no PidTagRuleActions"));
    }

    private static void markError(MailboxStore store, Mailbox mailbox, RuleRecord rule, int state) {
        if ((state & RuleProperties.ST_ERROR) != 0) {
            return;
        }
        try {
            store.modifyRules(mailbox, rule.fid(), false, List.of(new RuleChange.Modify(rule.ruleId(),
                    List.of(PropertyValue.of(RuleProperties.RULE_STATE, state | RuleProperties.ST_ERROR)))));
        } catch (RuntimeException e) {
            LOG.warn("cannot mark rule 0x{} in error: {}", Long.toHexString(rule.ruleId()), e.toString());
        }
    }

    /** Where the message goes and in what state, after the rules so far; immutable. */
    private record Plan(long target, boolean deleted, boolean read, Map<Integer, PropertyValue> tags,
            List<Copy> copies) {
        Plan(long inbox, List<PropertyValue> properties) {
            this(inbox, false, properties.stream().anyMatch(v -> v.tag().id() == PidTag.MESSAGE_FLAGS.id()
                    && (v.asInt() & PidTag.MSGFLAG_READ) != 0), Map.of(), List.of());
        }

        /** The plan after one matching rule's actions, all or none of them. */
        Plan after(RuleActions actions, MailboxStore store, Mailbox mailbox) {
            long newTarget = target;
            boolean newDeleted = deleted;
            boolean newRead = read;
            Map<Integer, PropertyValue> newTags = new LinkedHashMap<>(tags);
            List<Copy> newCopies = new ArrayList<>(copies);
            for (ActionBlock block : actions.actionBlocks()) {
                switch (block.action()) {
                    case RuleAction.MoveCopy move when move.actionType() == RuleAction.OP_MOVE ->
                            newTarget = existing(store, mailbox, RuleFolders.target(move, mailbox));
                    case RuleAction.MoveCopy copy -> newCopies.add(new Copy(
                            existing(store, mailbox, RuleFolders.target(copy, mailbox)), newRead, Map.copyOf(newTags)));
                    case RuleAction.Delete delete -> newDeleted = true;
                    case RuleAction.MarkAsRead markAsRead -> newRead = true;
                    case RuleAction.Tag tag -> newTags.put(tag.taggedValue().tag().id(), tag.taggedValue());
                    default -> LOG.debug("rule action 0x{} is not performed by this server",
                            Integer.toHexString(block.action().actionType()));
                }
            }
            return new Plan(newTarget, newDeleted, newRead, Map.copyOf(newTags), List.copyOf(newCopies));
        }

        List<MessageRecord> store(MailboxStore store, Mailbox mailbox, NewMessage message) {
            List<MessageRecord> stored = new ArrayList<>();
            if (!deleted) {
                stored.add(save(store, mailbox, target, message, read, tags));
            }
            for (Copy copy : copies) {
                stored.add(save(store, mailbox, copy.fid(), message, copy.read(), copy.tags()));
            }
            return stored;
        }

        private static MessageRecord save(MailboxStore store, Mailbox mailbox, long fid, NewMessage message,
                boolean read, Map<Integer, PropertyValue> tags) {
            Map<Integer, PropertyValue> byId = new LinkedHashMap<>();
            message.properties().forEach(v -> byId.put(v.tag().id(), v));
            byId.putAll(tags);
            int flags = byId.containsKey(PidTag.MESSAGE_FLAGS.id()) ? byId.get(PidTag.MESSAGE_FLAGS.id()).asInt() : 0;
            byId.put(PidTag.MESSAGE_FLAGS.id(), PropertyValue.of(PidTag.MESSAGE_FLAGS,
                    read ? flags | PidTag.MSGFLAG_READ : flags & ~PidTag.MSGFLAG_READ));
            NewMessage content = new NewMessage(new ArrayList<>(byId.values()), message.recipients(),
                    message.attachments());
            try {
                return store.saveMessage(mailbox, fid, 0, content, false, null);
            } catch (NoSuchObjectException e) {
                LOG.warn("rule target folder 0x{} of {} is gone; the message stays in the Inbox", Long.toHexString(fid),
                        mailbox.owner());
                return store.saveMessage(mailbox, mailbox.folderId(SpecialFolder.INBOX), 0, content, false, null);
            }
        }

        private static long existing(MailboxStore store, Mailbox mailbox, long fid) {
            if (store.folder(mailbox, fid).isEmpty()) {
                throw new RuleFolders.UnknownFolderException("no folder 0x" + Long.toHexString(fid) + " in the mailbox");
            }
            return fid;
        }
    }

    private record Copy(long fid, boolean read, Map<Integer, PropertyValue> tags) {
    }
}
