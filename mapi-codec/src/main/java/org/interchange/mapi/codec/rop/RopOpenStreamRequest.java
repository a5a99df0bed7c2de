package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * RopOpenStream request, [MS-OXCROPS] 2.2.9.1.1: the property to open as a stream and
 * OpenModeFlags (0x00 ReadOnly, 0x01 ReadWrite, 0x02 Create, 0x03 BestAccess).
 */
public record RopOpenStreamRequest(int logonId, int inputHandleIndex, int outputHandleIndex, PropertyTag propertyTag,
                                   int openModeFlags) implements RopRequest, OpensObject {

    public RopOpenStreamRequest {
        Objects.requireNonNull(propertyTag, "propertyTag");
    }

    @Override
    public RopId ropId() {
        return RopId.OPEN_STREAM;
    }

    static RopOpenStreamRequest decode(ByteReader in) {
        return new RopOpenStreamRequest(in.u8(), in.u8(), in.u8(), new PropertyTag(in.i32()), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex")).i32(propertyTag.value())
                .u8(RopWire.u8(openModeFlags, "OpenModeFlags"));
    }
}
