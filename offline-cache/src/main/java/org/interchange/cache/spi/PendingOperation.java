package org.interchange.cache.spi;

/**
 * A local change waiting for upload ([MS-OXCFXICS] 3.3.4.3 uploading changes): {@code kind} says
 * what, {@code value} its argument ("true"/"false" for SET_READ and SET_FLAGGED, the target folder's
 * server id for MOVE, the display name for CREATE_FOLDER and RENAME_FOLDER). A CREATE_FOLDER names the
 * parent folder in {@code folderServerId} and the new folder's temporary server id in {@code itemServerId}; a
 * RENAME_FOLDER names the folder in {@code folderServerId} and no item. {@code item} is the item's current content for CREATE, UPDATE and SEND, and for
 * MOVE the item as the cache holds it in the source folder, whose revision names the version moved (null otherwise,
 * and in {@link PendingOperationLog#pending()}'s light listing); a locally created item's
 * {@code itemServerId} is the cache's temporary id until the server gave it its own.
 */
public record PendingOperation(long id, String folderServerId, String itemServerId, Kind kind, String value,
                               RemoteItem item) {

    /** An operation without item content. */
    public PendingOperation(long id, String folderServerId, String itemServerId, Kind kind, String value) {
        this(id, folderServerId, itemServerId, kind, value, null);
    }

    /** What a pending operation does. */
    public enum Kind {
        SET_READ, SET_FLAGGED,
        /** Deletes the item from the server for good. */
        DELETE,
        /** Moves the item to the folder {@code value}. */
        MOVE,
        /** Creates the locally made item on the server. */
        CREATE,
        /** Replaces the item's content on the server with the local one. */
        UPDATE,
        /** Submits the message for sending; the server files it in Sent Items. */
        SEND,
        /** Creates the folder made offline on the server ([MS-OXCFXICS] 2.2.3.2.4.3). */
        CREATE_FOLDER,
        /** Renames the folder on the server ([MS-OXCFXICS] 2.2.3.2.4.3). */
        RENAME_FOLDER;

        /**
         * Whether the server can refuse the operation as an item conflict: the changes of existing items, not
         * CREATE and SEND, which make new items, nor the folder changes.
         */
        public boolean conflicts() {
            return this != CREATE && this != SEND && !changesFolder();
        }

        /** Whether the operation changes a folder rather than an item. */
        public boolean changesFolder() {
            return this == CREATE_FOLDER || this == RENAME_FOLDER;
        }

        /**
         * Whether operations of this kind for items of one folder are sent together
         * ({@link Backend#uploadTogether}): DELETE and SET_READ, which change nothing but the item's existence
         * or read state and whose every outcome but a refusal is DONE.
         */
        public boolean travelsTogether() {
            return this == DELETE || this == SET_READ;
        }

        /** Whether the operation uploads the item's content. */
        public boolean carriesItem() {
            return this == CREATE || this == UPDATE || this == SEND;
        }
    }
}
