package org.interchange.mapi.client.ics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.objects.PropertyBag;

/**
 * A new or changed message of an ICS download, [MS-OXCFXICS] 2.2.4.3.13: its ids and version
 * (messageChangeHeader, 2.2.4.3.14) and its content (2.2.4.3.15). Named properties of the bag
 * answer {@code get(PidLid)} by the names the stream carried.
 *
 * @param messageId      PidTagMid
 * @param changeNumber   PidTagChangeNumber
 * @param sourceKey      PidTagSourceKey, the id that stays the same across stores
 * @param changeKey      PidTagChangeKey of this version
 * @param predecessorChangeList PidTagPredecessorChangeList of this version
 * @param lastModified   PidTagLastModificationTime
 * @param associated     whether the message is FAI
 * @param size           PidTagMessageSize
 * @param properties     the message's properties
 * @param recipients     one bag per recipient
 * @param attachments    one bag per attachment (PidTagAttachDataBinary included)
 */
public record IcsMessage(long messageId, long changeNumber, byte[] sourceKey, byte[] changeKey,
        byte[] predecessorChangeList, Instant lastModified, boolean associated, int size, PropertyBag properties,
        List<PropertyBag> recipients, List<PropertyBag> attachments) {

    public IcsMessage {
        Objects.requireNonNull(properties, "properties");
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }
}
