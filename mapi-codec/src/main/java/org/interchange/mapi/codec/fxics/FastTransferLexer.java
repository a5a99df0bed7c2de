package org.interchange.mapi.codec.fxics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * Splits a FastTransfer stream into markers and propValues, [MS-OXCFXICS] 2.2.4.1 and 2.2.4.2,
 * from chunks of any size (as RopFastTransferSourceGetBuffer delivers them: any atom or value may
 * be cut between chunks). It holds at most one value in progress and grows its buffer only as
 * bytes arrive; a length or count that claims more than the stream limit has left fails at once.
 */
public final class FastTransferLexer {
    /** Longest UTF-16 name of a named property accepted, in bytes with the terminator. */
    static final int MAX_NAME_BYTES = 1024;

    private enum State { TAG, NAME_GUID, NAME_KIND, NAME_LID, NAME_CHAR, FIXED, LENGTH, DATA, COUNT }

    private final Consumer<FastTransferToken> sink;
    private final long limit;
    private long consumed;

    private State state = State.TAG;
    private final byte[] small = new byte[16];
    private int have;
    private int want = 4;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private long dataWanted;

    private PropertyTag tag;
    private StreamValueLayout layout;
    private UUID nameGuid;
    private PropertyName name;
    private long elementsLeft;
    private List<Object> elements;

    /** A lexer for a stream of at most {@code limit} bytes that hands tokens to {@code sink}. */
    public FastTransferLexer(long limit, Consumer<FastTransferToken> sink) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative stream limit " + limit);
        }
        this.limit = limit;
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Bytes consumed so far. */
    public long position() {
        return consumed;
    }

    /** Whether the bytes so far end exactly after a marker or a complete propValue. */
    public boolean atTokenBoundary() {
        return state == State.TAG && have == 0;
    }

    public void feed(byte[] chunk) {
        feed(chunk, 0, chunk.length);
    }

    public void feed(byte[] chunk, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, chunk.length);
        if (length > limit - consumed) {
            throw new MapiCodecException("FastTransfer stream exceeds its limit of " + limit + " bytes at offset "
                    + consumed);
        }
        int end = offset + length;
        int at = offset;
        while (at < end) {
            int n;
            if (state == State.DATA) {
                n = (int) Math.min(dataWanted - data.size(), end - at);
                data.write(chunk, at, n);
                consumed += n;
                at += n;
                if (data.size() == dataWanted) {
                    dataComplete();
                }
            } else {
                n = Math.min(want - have, end - at);
                System.arraycopy(chunk, at, small, have, n);
                have += n;
                consumed += n;
                at += n;
                if (have == want) {
                    have = 0;
                    smallComplete();
                }
            }
        }
    }

    /** Fails unless the stream ended after a complete token. */
    public void finish() {
        if (!atTokenBoundary()) {
            throw new MapiCodecException("FastTransfer stream truncated at offset " + consumed + " inside "
                    + (tag == null ? "a property tag" : "the value of " + tag));
        }
    }

    private ByteReader smallReader() {
        return new ByteReader(small, 0, want);
    }

    private void expect(State next, int bytes) {
        state = next;
        want = bytes;
        have = 0;
    }

    private void smallComplete() {
        ByteReader in = smallReader();
        switch (state) {
            case TAG -> onTag(in.i32());
            case NAME_GUID -> {
                nameGuid = in.guid();
                expect(State.NAME_KIND, 1);
            }
            case NAME_KIND -> onNameKind(in.u8());
            case NAME_LID -> {
                name = PropertyName.ofId(nameGuid, in.i32());
                startValue();
            }
            case NAME_CHAR -> onNameChar();
            case FIXED -> onElement(layout.readFixed(in));
            case LENGTH -> startData(in.u32());
            case COUNT -> onCount(in.u32());
            case DATA -> throw new IllegalStateException("DATA is not read through the small buffer");
        }
    }

    private void onTag(int value) {
        var marker = FastTransferMarker.of(value);
        if (marker.isPresent()) {
            sink.accept(new FastTransferToken.Marker(marker.get()));
            expect(State.TAG, 4);
            return;
        }
        tag = new PropertyTag(value);
        layout = StreamValueLayout.of(tag);
        name = null;
        if (tag.isNamed()) {
            expect(State.NAME_GUID, 16);
        } else {
            startValue();
        }
    }

    private void onNameKind(int kind) {
        switch (kind) {
            case PropertyName.MNID_ID -> expect(State.NAME_LID, 4);
            case PropertyName.MNID_STRING -> {
                data.reset();
                expect(State.NAME_CHAR, 2);
            }
            default -> throw new MapiCodecException("named property " + tag + " has Kind 0x" + Integer.toHexString(kind)
                    + " at offset " + (consumed - 1) + "; only 0x00 and 0x01 are defined");
        }
    }

    private void onNameChar() {
        if (small[0] == 0 && small[1] == 0) {
            name = PropertyName.ofName(nameGuid, data.toString(StandardCharsets.UTF_16LE));
            data.reset();
            startValue();
            return;
        }
        if (data.size() + 2 >= MAX_NAME_BYTES) {
            throw new MapiCodecException("name of named property " + tag + " is longer than " + MAX_NAME_BYTES
                    + " bytes or has no terminator (offset " + consumed + ")");
        }
        data.write(small, 0, 2);
        expect(State.NAME_CHAR, 2);
    }

    private void startValue() {
        elements = null;
        switch (layout.kind()) {
            case FIXED -> fixedOrEmpty();
            case VARIABLE -> expect(State.LENGTH, 4);
            case MULTI_FIXED, MULTI_VARIABLE -> expect(State.COUNT, 4);
        }
    }

    private void fixedOrEmpty() {
        if (layout.elementSize() == 0) {
            onElement(null);
        } else {
            expect(State.FIXED, layout.elementSize());
        }
    }

    private void onCount(long count) {
        long left = limit - consumed;
        if (count * layout.minimumElementSize() > left) {
            throw new MapiCodecException("property " + tag + " claims " + count + " values at offset " + (consumed - 4)
                    + " but the stream limit leaves " + left + " bytes");
        }
        elementsLeft = count;
        elements = new ArrayList<>();
        nextElement();
    }

    private void nextElement() {
        if (elementsLeft == 0) {
            emit(List.copyOf(elements));
        } else if (layout.kind() == StreamValueLayout.Kind.MULTI_FIXED) {
            expect(State.FIXED, layout.elementSize());
        } else {
            expect(State.LENGTH, 4);
        }
    }

    private void startData(long length) {
        long left = limit - consumed;
        if (length > left || length > Integer.MAX_VALUE - 16) {
            throw new MapiCodecException("property " + tag + " declares " + length + " bytes at offset " + (consumed - 4)
                    + " but the stream limit leaves " + left);
        }
        data.reset();
        dataWanted = length;
        state = State.DATA;
        if (length == 0) {
            dataComplete();
        }
    }

    private void dataComplete() {
        byte[] bytes = data.toByteArray();
        data.reset();
        onElement(layout.readVariable(bytes));
    }

    private void onElement(Object value) {
        if (elements == null) {
            emit(value);
        } else {
            elements.add(value);
            elementsLeft--;
            nextElement();
        }
    }

    private void emit(Object value) {
        StreamProperty property = new StreamProperty(new PropertyValue(tag, value), name);
        tag = null;
        name = null;
        elements = null;
        expect(State.TAG, 4);
        sink.accept(new FastTransferToken.Property(property));
    }
}
