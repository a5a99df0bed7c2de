package org.interchange.mapi.client.write;

/**
 * What the server did with an uploaded message change, [MS-OXCFXICS] 3.3.4.3.3: saved (with the
 * MID it has on the server), ignored because the server's version is as new, refused as a conflict
 * (only when failing on conflict was asked), or refused because the message was deleted on the server.
 */
public record ImportResult(Status status, long messageId) {

    /** The outcomes of an import. */
    public enum Status {
        SAVED, IGNORED_OLDER, CONFLICT, DELETED_ON_SERVER
    }
}
