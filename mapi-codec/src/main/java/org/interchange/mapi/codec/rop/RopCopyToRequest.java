package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * RopCopyTo request, [MS-OXCROPS] 2.2.8.12.1: SourceHandleIndex (the input object), DestHandleIndex,
 * WantAsynchronous, WantSubObjects, CopyFlags and the tags not to copy.
 */
public record RopCopyToRequest(int logonId, int inputHandleIndex, int destHandleIndex, boolean wantAsynchronous,
        boolean wantSubObjects, int copyFlags, List<PropertyTag> excludedTags)
        implements RopRequest {

    public RopCopyToRequest {
        excludedTags = FrozenList.copyOf(excludedTags);
    }

    @Override
    public RopId ropId() {
        return RopId.COPY_TO;
    }

    static RopCopyToRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int destHandleIndex = in.u8();
        boolean wantAsynchronous = RopWire.bool(in);
        boolean wantSubObjects = RopWire.bool(in);
        int copyFlags = in.u8();
        List<PropertyTag> excludedTags = RopWire.readTags(in, in.u16());
        return new RopCopyToRequest(logonId, inputHandleIndex, destHandleIndex, wantAsynchronous, wantSubObjects, copyFlags, excludedTags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(destHandleIndex, "DestHandleIndex"));
        out.u8(wantAsynchronous ? 1 : 0);
        out.u8(wantSubObjects ? 1 : 0);
        out.u8(RopWire.u8(copyFlags, "CopyFlags"));
        RopWire.writeTags(out, excludedTags, "ExcludedTagsCount");
    }
}
