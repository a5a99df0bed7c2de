package org.interchange.mapi.client.write;

import java.time.Instant;
import java.util.Objects;

/**
 * The identity and version of a message a client changed offline, as an ICS upload sends it,
 * [MS-OXCFXICS] 2.2.3.2.4.2.1: PidTagSourceKey (the server's key for a message it knows, the
 * client's own XID for a new one), PidTagLastModificationTime, PidTagChangeKey and
 * PidTagPredecessorChangeList.
 */
public record ImportedVersion(byte[] sourceKey, Instant lastModified, byte[] changeKey, byte[] predecessorChangeList) {

    public ImportedVersion {
        sourceKey = sourceKey.clone();
        Objects.requireNonNull(lastModified, "lastModified");
        changeKey = changeKey.clone();
        predecessorChangeList = predecessorChangeList.clone();
    }

    @Override
    public byte[] sourceKey() {
        return sourceKey.clone();
    }

    @Override
    public byte[] changeKey() {
        return changeKey.clone();
    }

    @Override
    public byte[] predecessorChangeList() {
        return predecessorChangeList.clone();
    }
}
