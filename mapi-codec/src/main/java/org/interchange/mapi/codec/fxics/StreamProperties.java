package org.interchange.mapi.codec.fxics;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;

/** Looks up values in the propLists of FastTransfer elements, [MS-OXCFXICS] 2.2.4.3.20. */
public final class StreamProperties {
    /** PidTagSourceKey, [MS-OXCFXICS] 2.2.1.2.5. */
    public static final PropertyTag SOURCE_KEY = new PropertyTag(0x65E00102);
    /** PidTagParentSourceKey, [MS-OXCFXICS] 2.2.1.2.6. */
    public static final PropertyTag PARENT_SOURCE_KEY = new PropertyTag(0x65E10102);
    /** PidTagChangeKey, [MS-OXCFXICS] 2.2.1.2.7. */
    public static final PropertyTag CHANGE_KEY = new PropertyTag(0x65E20102);
    /** PidTagPredecessorChangeList, [MS-OXCFXICS] 2.2.1.2.8. */
    public static final PropertyTag PREDECESSOR_CHANGE_LIST = new PropertyTag(0x65E30102);
    /** PidTagLastModificationTime, [MS-OXCMSG] 2.2.2.2. */
    public static final PropertyTag LAST_MODIFICATION_TIME = new PropertyTag(0x30080040);
    /** PidTagAssociated (FAI), [MS-OXCMSG] 2.2.1.5. */
    public static final PropertyTag ASSOCIATED = new PropertyTag(0x67AA000B);
    /** PidTagMessageRecipients, the value of MetaTagFXDelProp before recipients, [MS-OXCFXICS] 2.2.4.1.5.1. */
    public static final PropertyTag MESSAGE_RECIPIENTS = new PropertyTag(0x0E12000D);
    /** PidTagMessageAttachments, the value of MetaTagFXDelProp before attachments, [MS-OXCFXICS] 2.2.4.1.5.1. */
    public static final PropertyTag MESSAGE_ATTACHMENTS = new PropertyTag(0x0E13000D);

    private StreamProperties() {
    }

    /** The value of the first property with {@code tag}, if present. */
    public static Optional<Object> find(List<StreamProperty> properties, PropertyTag tag) {
        for (StreamProperty p : properties) {
            if (p.tag().equals(tag)) {
                return Optional.ofNullable(p.value().value());
            }
        }
        return Optional.empty();
    }
}
