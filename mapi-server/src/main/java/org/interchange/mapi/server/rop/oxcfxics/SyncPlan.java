package org.interchange.mapi.server.rop.oxcfxics;

import java.util.Iterator;
import org.interchange.mapi.codec.fxics.SyncElement;

/** The elements of an ICS download stream and the state it ends with, [MS-OXCFXICS] 2.2.4.3.4 and 2.2.4.3.8. */
record SyncPlan(Iterator<SyncElement> elements, SyncElement.SyncState finalState) {
}
