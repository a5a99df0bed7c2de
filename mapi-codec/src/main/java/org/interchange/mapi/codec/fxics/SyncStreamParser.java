package org.interchange.mapi.codec.fxics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Push parser of the ICS download streams, [MS-OXCFXICS] 2.2.4.3.4 and 2.2.4.3.8:
 * <pre>
 * contentsSync  = [progressTotal] *([progressPerMessage] messageChange) [deletions] [readStateChanges] state IncrSyncEnd
 * hierarchySync = *folderChange [deletions] state IncrSyncEnd
 * </pre>
 * and the stream of RopSynchronizationGetTransferState (2.2.3.2.3.1), a lone state element.
 * Feed it the buffers of RopFastTransferSourceGetBuffer as they arrive, split anywhere; it emits
 * each {@link SyncElement} once complete (an element ends where the next one begins) and checks
 * their order. Partial message changes (IncrSyncChgPartial) are rejected.
 */
public final class SyncStreamParser {
    private static final Set<FastTransferMarker> ELEMENT_STARTS = EnumSet.of(
            FastTransferMarker.INCR_SYNC_PROGRESS_MODE, FastTransferMarker.INCR_SYNC_PROGRESS_PER_MSG,
            FastTransferMarker.INCR_SYNC_CHG, FastTransferMarker.INCR_SYNC_DEL, FastTransferMarker.INCR_SYNC_READ,
            FastTransferMarker.INCR_SYNC_STATE_BEGIN, FastTransferMarker.INCR_SYNC_END);

    private enum Kind { CONTENTS, HIERARCHY, STATE }

    private final Kind kind;
    private final boolean hierarchy;
    private final Consumer<SyncElement> sink;
    private final FastTransferLexer lexer;
    private final List<FastTransferToken> element = new ArrayList<>();
    private int phase;
    private boolean perMessagePending;
    private boolean ended;

    private SyncStreamParser(Kind kind, long limit, Consumer<SyncElement> sink) {
        this.kind = kind;
        this.hierarchy = kind == Kind.HIERARCHY;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.lexer = new FastTransferLexer(limit, this::onToken);
    }

    /** A parser for a contentsSync stream of at most {@code limit} bytes. */
    public static SyncStreamParser contents(long limit, Consumer<SyncElement> sink) {
        return new SyncStreamParser(Kind.CONTENTS, limit, sink);
    }

    /** A parser for a hierarchySync stream of at most {@code limit} bytes. */
    public static SyncStreamParser hierarchy(long limit, Consumer<SyncElement> sink) {
        return new SyncStreamParser(Kind.HIERARCHY, limit, sink);
    }

    /** A parser for the state stream of RopSynchronizationGetTransferState: one state element, no IncrSyncEnd. */
    public static SyncStreamParser transferState(long limit, Consumer<SyncElement> sink) {
        return new SyncStreamParser(Kind.STATE, limit, sink);
    }

    /** Bytes consumed so far, for progress reporting. */
    public long position() {
        return lexer.position();
    }

    public void feed(byte[] buffer) {
        lexer.feed(buffer, 0, buffer.length);
    }

    public void feed(byte[] buffer, int offset, int length) {
        lexer.feed(buffer, offset, length);
    }

    /** Whether the stream is complete: IncrSyncEnd read (the state element, for a transfer state). */
    public boolean isEnded() {
        return ended;
    }

    /** Fails unless the stream was complete: IncrSyncEnd read and nothing cut off. */
    public void finish() {
        lexer.finish();
        if (!ended) {
            throw new MapiCodecException(streamName() + " stream ends at offset " + lexer.position()
                    + (kind == Kind.STATE ? " without a complete state element" : " without IncrSyncEnd"));
        }
    }

    private void onToken(FastTransferToken token) {
        if (ended) {
            throw new MapiCodecException("data after the end of the " + streamName() + " stream at offset "
                    + lexer.position());
        }
        if (token instanceof FastTransferToken.Marker m) {
            FastTransferMarker marker = m.marker();
            if (marker == FastTransferMarker.INCR_SYNC_CHG_PARTIAL || marker == FastTransferMarker.INCR_SYNC_GROUP_INFO) {
                throw new MapiCodecException(marker + " (partial message change) at offset " + lexer.position()
                        + " is not supported; configure the download without PartialItem");
            }
            if (ELEMENT_STARTS.contains(marker) && !insideState()) {
                flush();
                if (marker == FastTransferMarker.INCR_SYNC_END) {
                    accept(new SyncElement.End());
                    return;
                }
            }
            element.add(token);
            if (marker == FastTransferMarker.INCR_SYNC_STATE_END) {
                flush();
            }
            return;
        }
        if (element.isEmpty()) {
            throw new MapiCodecException("property " + ((FastTransferToken.Property) token).property().tag()
                    + " outside any element at offset " + lexer.position());
        }
        element.add(token);
    }

    private boolean insideState() {
        return !element.isEmpty() && element.get(0) instanceof FastTransferToken.Marker m
                && m.marker() == FastTransferMarker.INCR_SYNC_STATE_BEGIN;
    }

    private void flush() {
        if (element.isEmpty()) {
            return;
        }
        SyncElement parsed = new ElementReader(List.copyOf(element)).read(hierarchy);
        element.clear();
        accept(parsed);
    }

    private void accept(SyncElement e) {
        int next = phaseOf(e);
        boolean repeatable = e instanceof MessageChange || e instanceof FolderChange || e instanceof SyncElement.ProgressPerMessage;
        if (next < phase || next == phase && !repeatable) {
            throw new MapiCodecException(describe(e) + " out of order at offset " + lexer.position());
        }
        if (perMessagePending && !(e instanceof MessageChange)) {
            throw new MapiCodecException("progressPerMessage not followed by a message change at offset "
                    + lexer.position());
        }
        perMessagePending = e instanceof SyncElement.ProgressPerMessage;
        phase = next;
        if (e instanceof SyncElement.End || kind == Kind.STATE) {
            ended = true;
        }
        sink.accept(e);
    }

    private int phaseOf(SyncElement e) {
        if (kind == Kind.STATE && !(e instanceof SyncElement.SyncState)) {
            throw new MapiCodecException(describe(e) + " in a transfer state stream, which holds only a state element");
        }
        int p = switch (e) {
            case SyncElement.ProgressTotal t -> hierarchy ? -1 : 1;
            case SyncElement.ProgressPerMessage m -> hierarchy ? -1 : 2;
            case MessageChange m -> 2;
            case FolderChange f -> 2;
            case SyncElement.Deletions d -> 3;
            case SyncElement.ReadStateChanges r -> hierarchy ? -1 : 4;
            case SyncElement.SyncState s -> 5;
            case SyncElement.End x -> phase == 5 ? 6 : -1;
        };
        if (p < 0) {
            throw new MapiCodecException(describe(e) + " is not allowed here in a " + streamName()
                    + " stream (offset " + lexer.position() + ")");
        }
        return p;
    }

    private String streamName() {
        return switch (kind) {
            case CONTENTS -> "contentsSync";
            case HIERARCHY -> "hierarchySync";
            case STATE -> "transfer state";
        };
    }

    private static String describe(SyncElement e) {
        return e.getClass().getSimpleName();
    }
}
