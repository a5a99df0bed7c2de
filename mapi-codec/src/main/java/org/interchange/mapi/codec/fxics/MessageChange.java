package org.interchange.mapi.codec.fxics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * messageChangeFull, [MS-OXCFXICS] 2.2.4.3.13: the messageChangeHeader properties (2.2.4.3.14:
 * PidTagSourceKey, PidTagLastModificationTime, PidTagChangeKey, PidTagPredecessorChangeList,
 * PidTagAssociated, …) and the message content.
 */
public record MessageChange(List<StreamProperty> header, MessageContent content) implements SyncElement {

    public MessageChange {
        header = List.copyOf(header);
        Objects.requireNonNull(content, "content");
    }

    public byte[] sourceKey() {
        return (byte[]) StreamProperties.find(header, StreamProperties.SOURCE_KEY).orElse(null);
    }

    public byte[] changeKey() {
        return (byte[]) StreamProperties.find(header, StreamProperties.CHANGE_KEY).orElse(null);
    }

    public byte[] predecessorChangeList() {
        return (byte[]) StreamProperties.find(header, StreamProperties.PREDECESSOR_CHANGE_LIST).orElse(null);
    }

    public Instant lastModificationTime() {
        return (Instant) StreamProperties.find(header, StreamProperties.LAST_MODIFICATION_TIME).orElse(null);
    }

    /** Whether the message is folder associated information (PidTagAssociated). */
    public boolean associated() {
        return Boolean.TRUE.equals(StreamProperties.find(header, StreamProperties.ASSOCIATED).orElse(false));
    }
}
