package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/** RopSynchronizationImportHierarchyChange request: the folder's hierarchy values then its other properties, [MS-OXCROPS] 2.2.13.4.1. */
public record RopSynchronizationImportHierarchyChangeRequest(int logonId, int inputHandleIndex, List<PropertyValue> hierarchyValues, List<PropertyValue> propertyValues)
        implements RopRequest {

    public RopSynchronizationImportHierarchyChangeRequest {
        hierarchyValues = FrozenList.copyOf(hierarchyValues);
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_HIERARCHY_CHANGE;
    }

    static RopSynchronizationImportHierarchyChangeRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        List<PropertyValue> hierarchyValues = RopWire.readTaggedValues(in, in.u16());
        List<PropertyValue> propertyValues = RopWire.readTaggedValues(in, in.u16());
        return new RopSynchronizationImportHierarchyChangeRequest(logonId, inputHandleIndex, hierarchyValues, propertyValues);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        RopWire.writeTaggedValues(out, hierarchyValues, "HierarchyValueCount");
        RopWire.writeTaggedValues(out, propertyValues, "PropertyValueCount");
    }
}
