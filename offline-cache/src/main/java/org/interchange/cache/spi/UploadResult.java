package org.interchange.cache.spi;

/**
 * What the server made of an uploaded change ([MS-OXCFXICS] 2.2.3.2.4.2 and 2.2.3.2.4.4 responses):
 * the item's server id after a CREATE or MOVE and its new revision, each null when unchanged or unknown.
 * {@code serverNewer} says a replayed CREATE found the item already made on the server and changed there since
 * (SyncIgnore, 3.2.5.9.4.2): the cache then shows the server's version under that id, and the next download
 * brings it.
 */
public record UploadResult(String itemServerId, String revision, boolean serverNewer) {

    /** The change was taken; the item keeps its id. */
    public static final UploadResult DONE = new UploadResult(null, null);

    /** The change was taken as sent. */
    public UploadResult(String itemServerId, String revision) {
        this(itemServerId, revision, false);
    }

    /** A replayed creation whose item the server has as {@code itemServerId}, in a newer version of its own. */
    public static UploadResult serverNewer(String itemServerId) {
        return new UploadResult(itemServerId, null, true);
    }
}
