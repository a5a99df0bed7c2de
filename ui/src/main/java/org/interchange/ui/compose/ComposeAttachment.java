package org.interchange.ui.compose;

import org.interchange.cache.api.DraftAttachment;

/** One attachment of a message being composed: its name and size as shown, and where its content comes from ([MS-OXCMSG] 2.2.2.1). */
public record ComposeAttachment(String name, long size, DraftAttachment source) {
}
