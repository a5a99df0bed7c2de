package org.interchange.cache.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An attachment of a message being composed ([MS-OXCMSG] 2.2.2.1 attachment by value): a file read
 * when the draft is stored, or an attachment already in the cache (of a forwarded message or of the
 * draft itself, {@link AttachmentInfo#id()}).
 */
public sealed interface DraftAttachment {

    /** The content of {@code file}, named after it. */
    record FromFile(Path file) implements DraftAttachment {
        public FromFile {
            Objects.requireNonNull(file, "file");
        }
    }

    /** A copy of the cached attachment with this id. */
    record FromCache(long attachmentId) implements DraftAttachment {
    }

    static DraftAttachment file(Path file) {
        return new FromFile(file);
    }

    static DraftAttachment cached(long attachmentId) {
        return new FromCache(attachmentId);
    }
}
