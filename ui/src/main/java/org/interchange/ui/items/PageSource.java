package org.interchange.ui.items;

import java.util.List;

/** Reads one page of a folder's rows in a fixed order; called on a background thread. */
@FunctionalInterface
public interface PageSource {
    List<RowData> read(int offset, int limit);
}
