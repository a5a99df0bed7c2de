package org.interchange.cache.spi;

/**
 * What the server made of an uploaded change ([MS-OXCFXICS] 2.2.3.2.4.2 and 2.2.3.2.4.4 responses):
 * the item's server id after a CREATE or MOVE and its new revision, each null when unchanged or unknown.
 */
public record UploadResult(String itemServerId, String revision) {

    /** The change was taken; the item keeps its id. */
    public static final UploadResult DONE = new UploadResult(null, null);
}
