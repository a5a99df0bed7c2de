package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * RopFastTransferSourceCopyProperties request, [MS-OXCROPS] 2.2.12.8.1: the download context goes to
 * OutputHandleIndex; Level, CopyFlags, SendOptions and the tags to copy.
 */
public record RopFastTransferSourceCopyPropertiesRequest(int logonId, int inputHandleIndex, int outputHandleIndex,
        int level, int copyFlags, int sendOptions, List<PropertyTag> propertyTags)
        implements RopRequest, OpensObject {

    public RopFastTransferSourceCopyPropertiesRequest {
        propertyTags = FrozenList.copyOf(propertyTags);
    }

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_COPY_PROPERTIES;
    }

    static RopFastTransferSourceCopyPropertiesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        int level = in.u8();
        int copyFlags = in.u8();
        int sendOptions = in.u8();
        List<PropertyTag> propertyTags = RopWire.readTags(in, in.u16());
        return new RopFastTransferSourceCopyPropertiesRequest(logonId, inputHandleIndex, outputHandleIndex, level, copyFlags, sendOptions, propertyTags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(level, "Level"));
        out.u8(RopWire.u8(copyFlags, "CopyFlags"));
        out.u8(RopWire.u8(sendOptions, "SendOptions"));
        RopWire.writeTags(out, propertyTags, "PropertyTagsCount");
    }
}
