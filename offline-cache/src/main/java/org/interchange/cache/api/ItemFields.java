package org.interchange.cache.api;

/** Names of the kind-specific fields of an item; values are strings (ISO-8601 for instants, decimal numbers). */
public final class ItemFields {
    public static final String LOCATION = "location";
    public static final String ORGANIZER = "organizer";
    public static final String ALL_DAY = "allDay";
    public static final String RECURRENCE = "recurrence";
    public static final String COMPANY = "company";
    public static final String JOB_TITLE = "jobTitle";
    public static final String EMAIL = "email";
    public static final String BUSINESS_PHONE = "businessPhone";
    public static final String MOBILE_PHONE = "mobilePhone";
    /** 0 not started, 1 in progress, 2 complete, 3 waiting on someone else, 4 deferred (as PidLidTaskStatus). */
    public static final String TASK_STATUS = "taskStatus";
    /** A fraction from 0.0 to 1.0 (as PidLidPercentComplete). */
    public static final String PERCENT_COMPLETE = "percentComplete";
    public static final String START_DATE = "startDate";
    /** 0 blue, 1 green, 2 pink, 3 yellow, 4 white (as PidLidNoteColor). */
    public static final String NOTE_COLOR = "noteColor";
    public static final String MESSAGE_CLASS = "messageClass";
    /** The To recipients of a draft or queued message, one per line ([MS-OXOMSG] 2.2.1.57 PidTagDisplayTo). */
    public static final String TO = "to";
    /** The Cc recipients of a draft or queued message, one per line. */
    public static final String CC = "cc";
    /** The Bcc recipients of a draft or queued message, one per line. */
    public static final String BCC = "bcc";
    /** The Internet Message-ID of a message, angle brackets included ([MS-OXOMSG] 2.2.1.12 PidTagInternetMessageId). */
    public static final String MESSAGE_ID = "internetMessageId";
    /** The Message-ID the message replies to ([MS-OXOMSG] 2.2.1.13 PidTagInReplyToId). */
    public static final String IN_REPLY_TO = "inReplyTo";
    /** The Message-IDs of the thread before this message, oldest first, space-separated ([MS-OXCMSG] 2.2.1.26 PidTagInternetReferences). */
    public static final String REFERENCES = "references";
    /** The subject the conversation started with, without prefixes ([MS-OXOMSG] 2.2.1.5 PidTagConversationTopic). */
    public static final String CONVERSATION_TOPIC = "conversationTopic";
    /**
     * "true" on a message synced without its body and attachments ({@link SyncScope#HEADERS_ONLY}); reading it
     * with {@link Cache#item} while online fetches them ({@link org.interchange.cache.spi.Backend#fetchItem}).
     */
    public static final String BODY_NOT_DOWNLOADED = "bodyNotDownloaded";
    /**
     * Set on a conflict copy: the local version of an item the server changed or deleted meanwhile,
     * kept as a separate item; the value is the time (ISO-8601) the conflict was found.
     */
    public static final String CONFLICT = "conflict";
    /**
     * "true" on a message the server says has attachments ([MS-OXCMSG] 2.2.1.2 PidTagHasAttachments) when the cache
     * does not hold them, as after a headers-only sync: the message list shows its paperclip all the same.
     */
    public static final String HAS_ATTACHMENTS = "hasAttachments";
    /** The item's categories ([MS-OXCMSG] 2.2.1.17 PidNameKeywords), one per line; "" clears them on the server. */
    public static final String CATEGORIES = "categories";
    /**
     * "true" on a message without a delivery time ([MS-OXOMSG] 2.2.3.9 PidTagMessageDeliveryTime), such as a draft:
     * a span of received times keeps it whatever its date ({@link org.interchange.cache.spi.ItemBatch#evictDeliveredBefore}).
     */
    public static final String NOT_DELIVERED = "notDelivered";

    private ItemFields() {
    }
}
