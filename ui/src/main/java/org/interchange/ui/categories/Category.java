package org.interchange.ui.categories;

import java.util.Objects;

/** A named category of the user's list and its colour ([MS-OXCMSG] 2.2.1.17: items name their categories). */
public record Category(String name, CategoryColor color) {

    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }
}
