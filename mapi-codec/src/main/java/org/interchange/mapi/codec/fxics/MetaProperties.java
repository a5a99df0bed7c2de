package org.interchange.mapi.codec.fxics;

import org.interchange.mapi.codec.property.PropertyTag;

/**
 * Meta-properties of FastTransfer streams: those encoding differences in replica content,
 * [MS-OXCFXICS] 2.2.1.3 (REPLID-based IDSETs), and those steering stream parsing, 2.2.4.1.5.
 */
public final class MetaProperties {
    /** MetaTagIdsetDeleted, 2.2.1.3.1: ids of deleted objects. */
    public static final PropertyTag IDSET_DELETED = new PropertyTag(0x67E50102);
    /** MetaTagIdsetNoLongerInScope, 2.2.1.3.2: ids that left the synchronization scope. */
    public static final PropertyTag IDSET_NO_LONGER_IN_SCOPE = new PropertyTag(0x40210102);
    /** MetaTagIdsetExpired, 2.2.1.3.3: ids of messages removed by age limits. */
    public static final PropertyTag IDSET_EXPIRED = new PropertyTag(0x67930102);
    /** MetaTagIdsetRead, 2.2.1.3.4: ids of messages marked read. */
    public static final PropertyTag IDSET_READ = new PropertyTag(0x402D0102);
    /** MetaTagIdsetUnread, 2.2.1.3.5: ids of messages marked unread. */
    public static final PropertyTag IDSET_UNREAD = new PropertyTag(0x402E0102);

    /** MetaTagFXDelProp, 2.2.4.1.5.1: the subobject list that follows replaces the old one. */
    public static final PropertyTag FX_DEL_PROP = new PropertyTag(0x40160003);
    /** MetaTagEcWarning, 2.2.4.1.5.2: a warning code during a download. */
    public static final PropertyTag EC_WARNING = new PropertyTag(0x400F0003);
    /** MetaTagNewFXFolder, 2.2.4.1.5.3: a folder in a different store. */
    public static final PropertyTag NEW_FX_FOLDER = new PropertyTag(0x40110102);
    /** MetaTagIncrSyncGroupId, 2.2.4.1.5.4: the property group mapping in use. */
    public static final PropertyTag INCR_SYNC_GROUP_ID = new PropertyTag(0x407C0003);
    /** MetaTagIncrementalSyncMessagePartial, 2.2.4.1.5.5: the property group that follows. */
    public static final PropertyTag INCREMENTAL_SYNC_MESSAGE_PARTIAL = new PropertyTag(0x407A0003);
    /** MetaTagDnPrefix, 2.2.4.1.5.6: the distinguished name prefix of a folder's store. */
    public static final PropertyTag DN_PREFIX = new PropertyTag(0x4008001E);

    private MetaProperties() {
    }
}
