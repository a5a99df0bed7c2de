package org.interchange.ui.reading;

/** One labelled line of the reading pane's header block, e.g. "From" and a sender. */
public record DetailField(String label, String value) {
}
