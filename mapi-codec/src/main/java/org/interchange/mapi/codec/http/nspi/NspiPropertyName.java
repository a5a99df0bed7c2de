package org.interchange.mapi.codec.http.nspi;

import java.util.Objects;
import java.util.UUID;

/**
 * The PropertyName of a GetMatches request, [MS-OXCMAPIHTTP] 2.2.5.5.1 (PropertyNameGuid and
 * PropertyNameId; the PropertyName_r of [MS-OXNSPI] 2.2.2.7 without its reserved field).
 */
public record NspiPropertyName(UUID guid, int id) {
    public NspiPropertyName {
        Objects.requireNonNull(guid, "guid");
    }
}
