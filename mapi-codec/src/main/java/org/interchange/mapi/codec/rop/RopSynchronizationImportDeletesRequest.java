package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/** RopSynchronizationImportDeletes request: ImportDeleteFlags (0x01 Hierarchy, 0x02 HardDelete) and a PtypMultipleBinary of source keys, [MS-OXCROPS] 2.2.13.5.1. */
public record RopSynchronizationImportDeletesRequest(int logonId, int inputHandleIndex, int importDeleteFlags, List<PropertyValue> propertyValues)
        implements RopRequest {

    public RopSynchronizationImportDeletesRequest {
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_DELETES;
    }

    static RopSynchronizationImportDeletesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int importDeleteFlags = in.u8();
        List<PropertyValue> propertyValues = RopWire.readTaggedValues(in, in.u16());
        return new RopSynchronizationImportDeletesRequest(logonId, inputHandleIndex, importDeleteFlags, propertyValues);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(importDeleteFlags, "ImportDeleteFlags"));
        RopWire.writeTaggedValues(out, propertyValues, "PropertyValueCount");
    }
}
