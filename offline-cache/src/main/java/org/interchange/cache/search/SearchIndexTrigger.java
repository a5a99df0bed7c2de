package org.interchange.cache.search;

import java.sql.Connection;
import org.h2.api.Trigger;

/**
 * The trigger class named by migration V50, whose word table V62 replaced by a Lucene index: it must
 * still load so that V50 runs on a new cache; V62 drops its triggers, so it never does anything.
 */
public final class SearchIndexTrigger implements Trigger {
    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) {
        // V62 drops the triggers that call this class; in between no item is written
    }
}
