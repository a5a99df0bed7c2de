package org.interchange.mapi.codec.fxics;

import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyName;

/**
 * Writes markers and propValues of a FastTransfer stream, [MS-OXCFXICS] 2.2.4.1 and 2.2.4.3.21,
 * and remembers where the stream may be cut into buffers: between atoms (a marker, a tag, a
 * property name, a fixed-size value, a length or count) and anywhere inside variable-size data
 * (at even offsets inside UTF-16 text), so that no atom is split across buffers.
 */
public final class FastTransferWriter {
    private final ByteWriter out = new ByteWriter(256);
    private int[] breaks = new int[64];
    private int breakCount;
    private int[] zones = new int[24];
    private int zoneCount;

    public int size() {
        return out.size();
    }

    public FastTransferWriter marker(FastTransferMarker marker) {
        out.i32(marker.tag());
        atomEnd();
        return this;
    }

    public FastTransferWriter properties(List<StreamProperty> properties) {
        properties.forEach(this::property);
        return this;
    }

    public FastTransferWriter property(StreamProperty property) {
        StreamValueLayout layout = StreamValueLayout.of(property.tag());
        out.i32(property.tag().value());
        atomEnd();
        if (property.name() != null) {
            writeName(property.name());
        }
        Object value = property.value().value();
        switch (layout.kind()) {
            case FIXED -> fixed(layout, value);
            case VARIABLE -> variable(layout, value);
            case MULTI_FIXED, MULTI_VARIABLE -> {
                if (!(value instanceof List<?> list)) {
                    throw new MapiCodecException("multi-valued property " + property.tag() + " needs a List value");
                }
                out.i32(list.size());
                atomEnd();
                for (Object element : list) {
                    if (layout.kind() == StreamValueLayout.Kind.MULTI_FIXED) {
                        fixed(layout, element);
                    } else {
                        variable(layout, element);
                    }
                }
            }
        }
        return this;
    }

    private void writeName(PropertyName name) {
        if (name.kind() == PropertyName.NO_NAME) {
            throw new MapiCodecException("named property without a name cannot be written to a FastTransfer stream");
        }
        out.guid(name.guid()).u8(name.kind());
        if (name.kind() == PropertyName.MNID_ID) {
            out.i32(name.lid());
        } else {
            out.utf16z(name.name());
        }
        atomEnd();
    }

    private void fixed(StreamValueLayout layout, Object value) {
        layout.writeFixed(out, value);
        atomEnd();
    }

    private void variable(StreamValueLayout layout, Object value) {
        byte[] bytes = layout.variableBytes(value);
        out.i32(bytes.length);
        atomEnd();
        int start = out.size();
        out.bytes(bytes);
        if (zoneCount * 3 + 3 > zones.length) {
            zones = Arrays.copyOf(zones, zones.length * 2);
        }
        zones[zoneCount * 3] = start;
        zones[zoneCount * 3 + 1] = out.size();
        zones[zoneCount * 3 + 2] = layout.splitStep();
        zoneCount++;
        atomEnd();
    }

    private void atomEnd() {
        if (breakCount == breaks.length) {
            breaks = Arrays.copyOf(breaks, breakCount * 2);
        }
        breaks[breakCount++] = out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** A copy of the stream's bytes from {@code from} to {@code to}. */
    byte[] bytes(int from, int to) {
        return out.copyOfRange(from, to);
    }

    /**
     * Forgets the first {@code count} bytes, which have been handed out: offsets, cut points and
     * variable-size zones move down by {@code count}, so a long stream is never copied again whole.
     */
    void discard(int count) {
        out.discard(count);
        int keptBreaks = 0;
        for (int i = 0; i < breakCount; i++) {
            if (breaks[i] > count) {
                breaks[keptBreaks++] = breaks[i] - count;
            }
        }
        breakCount = keptBreaks;
        int keptZones = 0;
        for (int z = 0; z < zoneCount; z++) {
            int end = zones[z * 3 + 1];
            if (end > count) {
                int start = zones[z * 3];
                int step = zones[z * 3 + 2];
                // a zone cut into keeps its step grid: the handed-out part ended on a step
                zones[keptZones * 3] = Math.max(start, count) - count;
                zones[keptZones * 3 + 1] = end - count;
                zones[keptZones * 3 + 2] = step;
                keptZones++;
            }
        }
        zoneCount = keptZones;
    }

    /**
     * The largest offset in {@code (from, limit]} where a buffer may end, or {@code limit} itself
     * when no atom boundary lies in between (a buffer smaller than one atom).
     */
    int cutAtOrBefore(int from, int limit) {
        int best = -1;
        int i = Arrays.binarySearch(breaks, 0, breakCount, limit);
        int index = i >= 0 ? i : -i - 2;
        if (index >= 0 && breaks[index] > from) {
            best = breaks[index];
        }
        for (int z = 0; z < zoneCount; z++) {
            int start = zones[z * 3];
            int end = zones[z * 3 + 1];
            int step = zones[z * 3 + 2];
            if (start < limit && end > limit) {
                int cut = start + (limit - start) / step * step;
                if (cut > from && cut > best) {
                    best = cut;
                }
            }
        }
        return best > from ? best : limit;
    }
}
