package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * RopCopyProperties request, [MS-OXCROPS] 2.2.8.11.1: SourceHandleIndex (the input object), DestHandleIndex,
 * WantAsynchronous, CopyFlags and the tags to copy.
 */
public record RopCopyPropertiesRequest(int logonId, int inputHandleIndex, int destHandleIndex,
        boolean wantAsynchronous, int copyFlags, List<PropertyTag> propertyTags)
        implements RopRequest {

    public RopCopyPropertiesRequest {
        propertyTags = FrozenList.copyOf(propertyTags);
    }

    @Override
    public RopId ropId() {
        return RopId.COPY_PROPERTIES;
    }

    static RopCopyPropertiesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int destHandleIndex = in.u8();
        boolean wantAsynchronous = RopWire.bool(in);
        int copyFlags = in.u8();
        List<PropertyTag> propertyTags = RopWire.readTags(in, in.u16());
        return new RopCopyPropertiesRequest(logonId, inputHandleIndex, destHandleIndex, wantAsynchronous, copyFlags, propertyTags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(destHandleIndex, "DestHandleIndex"));
        out.u8(wantAsynchronous ? 1 : 0);
        out.u8(RopWire.u8(copyFlags, "CopyFlags"));
        RopWire.writeTags(out, propertyTags, "PropertyTagsCount");
    }
}
