package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/** Told, in the transaction that takes them from the change log (migration V66), which items of a folder changed. */
@FunctionalInterface
interface ItemChanges {
    /** {@code itemIds} were written, deleted or moved; null when too many changed to say which. */
    void changed(Connection c, long folderId, Set<Long> itemIds) throws SQLException;
}
