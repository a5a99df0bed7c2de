package org.interchange.cache.sync;

import java.util.List;

/**
 * How one sync run ended (ARCHITECTURE.md, "How data flows": refresh): the outcome, how many pending
 * operations were uploaded, kept after failing, or refused as conflicts (their local versions kept as
 * conflict copies), and the server ids of the folders that failed.
 */
public record SyncResult(Outcome outcome, int uploaded, int uploadsFailed, int conflicts, List<String> failedFolders) {

    public SyncResult {
        failedFolders = List.copyOf(failedFolders);
    }

    /** The end state of a sync run. */
    public enum Outcome {
        /** Every upload and folder succeeded. */
        COMPLETED,
        /** The run went through, but some uploads, the folder list or some folders failed. */
        COMPLETED_WITH_ERRORS,
        /** The server could not be reached; the run stopped. */
        OFFLINE,
        /** The cancellation token stopped the run. */
        CANCELLED,
        /** The cache itself failed (e.g. the pending operations could not be read); the run stopped. */
        FAILED
    }
}
