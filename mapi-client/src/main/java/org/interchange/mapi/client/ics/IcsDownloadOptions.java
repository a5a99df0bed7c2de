package org.interchange.mapi.client.ics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.Restriction;

/**
 * What an ICS download asks the server for, [MS-OXCFXICS] 2.2.3.2.1.1.1: normal and/or FAI messages,
 * read-state changes, progress, bodies and attachments, properties to leave out, and how many
 * message changes a batch holds at most.
 *
 * @param normal            download normal messages (SynchronizationFlags Normal)
 * @param associated        download FAI messages (SynchronizationFlags FAI)
 * @param readState         download read-state changes (SynchronizationFlags ReadState)
 * @param progress          ask for progress elements (SynchronizationFlags Progress)
 * @param bodies            include PidTagBody, PidTagHtml and PidTagRtfCompressed
 * @param attachments       include attachments (PidTagMessageAttachments)
 * @param excluded          further properties to leave out
 * @param maxChangesPerBatch most message or folder changes one batch returns
 * @param restriction       only messages that satisfy it (RestrictionData, [MS-OXCDATA] 2.12), for contents
 *                          downloads; messages that stop satisfying it are reported as deleted (no longer in scope)
 */
public record IcsDownloadOptions(boolean normal, boolean associated, boolean readState, boolean progress,
        boolean bodies, boolean attachments, List<PropertyTag> excluded, int maxChangesPerBatch,
        Optional<Restriction> restriction) {

    public IcsDownloadOptions {
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(restriction, "restriction");
        if (maxChangesPerBatch < 1) {
            throw new IllegalArgumentException("maxChangesPerBatch must be positive, not " + maxChangesPerBatch);
        }
        if (!normal && !associated) {
            throw new IllegalArgumentException("download normal or associated messages, or both");
        }
    }

    /** Normal messages with read state, progress, bodies and attachments, 100 changes per batch. */
    public static IcsDownloadOptions defaults() {
        return new IcsDownloadOptions(true, false, true, true, true, true, List.of(), 100, Optional.empty());
    }

    public IcsDownloadOptions withBodies(boolean include) {
        return new IcsDownloadOptions(normal, associated, readState, progress, include, attachments, excluded,
                maxChangesPerBatch, restriction);
    }

    public IcsDownloadOptions withAttachments(boolean include) {
        return new IcsDownloadOptions(normal, associated, readState, progress, bodies, include, excluded,
                maxChangesPerBatch, restriction);
    }

    public IcsDownloadOptions withAssociated(boolean include) {
        return new IcsDownloadOptions(normal, include, readState, progress, bodies, attachments, excluded,
                maxChangesPerBatch, restriction);
    }

    /** Downloads only the messages that satisfy {@code r} (a restricted contents synchronization). */
    public IcsDownloadOptions withRestriction(Restriction r) {
        return new IcsDownloadOptions(normal, associated, readState, progress, bodies, attachments, excluded,
                maxChangesPerBatch, Optional.of(r));
    }

    public IcsDownloadOptions withMaxChangesPerBatch(int max) {
        return new IcsDownloadOptions(normal, associated, readState, progress, bodies, attachments, excluded, max,
                restriction);
    }
}
