package org.interchange.mapi.server.rop;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyProblem;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * Sets and deletes properties of open objects, [MS-OXCPRPT] 3.2.5.4 and 3.2.5.6: messages and
 * attachments collect the changes until saved; folders store PidTagDisplayName and
 * PidTagContainerClass at once as a new version; other properties and objects report a problem.
 */
public final class PropertyWriter {
    private PropertyWriter() {
    }

    /** Sets values and returns the problems (one per value that was not set). */
    public static List<PropertyProblem> set(MailboxStore store, ServerObject object, List<PropertyValue> values) {
        List<PropertyProblem> problems = new ArrayList<>();
        switch (object) {
            case MessageObject m -> m.draft(store).set(values);
            case AttachmentObject a -> a.set(values);
            case FolderObject f -> {
                FolderRecord folder = f.folder();
                String name = folder.displayName();
                String containerClass = folder.containerClass();
                for (int i = 0; i < values.size(); i++) {
                    PropertyValue v = values.get(i);
                    if (v.tag().id() == PidTag.DISPLAY_NAME.id() && v.value() instanceof String s) {
                        name = s;
                    } else if (v.tag().id() == PidTag.CONTAINER_CLASS.id() && v.value() instanceof String s) {
                        containerClass = s;
                    } else {
                        problems.add(new PropertyProblem(i, v.tag(), RopErrors.NOT_SUPPORTED));
                    }
                }
                if (problems.size() < values.size()) {
                    f.update(store.updateFolder(f.logon().mailbox(), folder.fid(), name, containerClass, null));
                }
            }
            default -> {
                for (int i = 0; i < values.size(); i++) {
                    problems.add(new PropertyProblem(i, values.get(i).tag(), RopErrors.ACCESS_DENIED));
                }
            }
        }
        return problems;
    }

    /** Deletes properties and returns the problems. */
    public static List<PropertyProblem> delete(MailboxStore store, ServerObject object, List<PropertyTag> tags) {
        List<PropertyProblem> problems = new ArrayList<>();
        switch (object) {
            case MessageObject m -> m.draft(store).delete(tags);
            case AttachmentObject a -> a.delete(tags);
            default -> {
                for (int i = 0; i < tags.size(); i++) {
                    problems.add(new PropertyProblem(i, tags.get(i), RopErrors.ACCESS_DENIED));
                }
            }
        }
        return problems;
    }

    /** Writes a stream's bytes back as its property's value (RopCommitStream, [MS-OXCPRPT] 3.2.5.17). */
    public static void commit(MailboxStore store, StreamObject stream) {
        StreamObject.Commit commit = stream.pendingCommit();
        if (commit == null) {
            return;
        }
        List<PropertyProblem> problems = set(store, commit.owner(), List.of(valueOf(commit.tag(), commit.bytes())));
        if (!problems.isEmpty()) {
            throw new RopFailure(problems.getFirst().errorCode(), "cannot write " + commit.tag() + " to "
                    + commit.owner().getClass().getSimpleName());
        }
        stream.committed();
    }

    /** The property value a stream's bytes stand for: UTF-16LE text, Windows-1252 text or binary. */
    public static PropertyValue valueOf(PropertyTag tag, byte[] bytes) {
        Object value = switch (tag.type()) {
            case STRING -> stripNul(new String(bytes, StandardCharsets.UTF_16LE));
            case STRING8 -> stripNul(new String(bytes, Charset.forName("windows-1252")));
            case BINARY -> bytes;
            default -> throw new RopFailure(RopErrors.NOT_SUPPORTED, tag + " cannot be written through a stream");
        };
        return new PropertyValue(tag, value);
    }

    private static String stripNul(String s) {
        return s.endsWith("\0") ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether a property of this type may be opened as a stream. */
    public static boolean streamable(PropertyTag tag) {
        PropertyType t = tag.type();
        return t == PropertyType.STRING || t == PropertyType.STRING8 || t == PropertyType.BINARY;
    }
}
