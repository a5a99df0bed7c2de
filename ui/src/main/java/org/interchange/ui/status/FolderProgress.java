package org.interchange.ui.status;

/**
 * How far the running sync got with one folder ([MS-OXCFXICS] 3.3.4.3 the download of a folder's
 * changes): items done of the total (0 when not known), bytes received, and whether it is running,
 * finished or failed ({@code error} says why).
 */
public record FolderProgress(String folderServerId, String name, int done, int total, long bytes, State state,
                             String error) {
    /** Where the folder's download is. */
    public enum State { RUNNING, DONE, FAILED }
}
