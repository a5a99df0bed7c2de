package org.interchange.mapi.client.ics;

import java.util.List;

/**
 * One batch of an ICS download and the state that covers exactly the events of this and the earlier
 * batches, [MS-OXCFXICS] 3.3.5.9: store the events and the state in one transaction and a later
 * download resumes after them. {@code complete} is true for the last batch, whose state is the
 * server's final state.
 */
public record IcsBatch(List<IcsEvent> events, byte[] state, boolean complete) {

    public IcsBatch {
        events = List.copyOf(events);
        state = state.clone();
    }

    @Override
    public byte[] state() {
        return state.clone();
    }
}
