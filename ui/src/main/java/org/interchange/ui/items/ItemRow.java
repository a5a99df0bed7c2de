package org.interchange.ui.items;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A row of a paged item list: its position and, once its page has been read, its data. Cells
 * observe {@link #dataProperty()}, so a page arriving fills the visible rows without list events.
 */
public final class ItemRow {
    private final int index;
    private final ReadOnlyObjectWrapper<RowData> data = new ReadOnlyObjectWrapper<>();

    ItemRow(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    /** Null while the row's page is being read. */
    public ReadOnlyObjectProperty<RowData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public RowData data() {
        return data.get();
    }

    void setData(RowData value) {
        data.set(value);
    }
}
