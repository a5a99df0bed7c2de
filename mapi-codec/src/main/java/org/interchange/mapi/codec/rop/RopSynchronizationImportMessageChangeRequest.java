package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/** RopSynchronizationImportMessageChange request: ImportFlag and the message's identifying properties (PidTagSourceKey, PidTagLastModificationTime, PidTagChangeKey, PidTagPredecessorChangeList), [MS-OXCROPS] 2.2.13.2.1. */
public record RopSynchronizationImportMessageChangeRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int importFlag, List<PropertyValue> propertyValues)
        implements RopRequest, OpensObject {

    public RopSynchronizationImportMessageChangeRequest {
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_MESSAGE_CHANGE;
    }

    static RopSynchronizationImportMessageChangeRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        int importFlag = in.u8();
        List<PropertyValue> propertyValues = RopWire.readTaggedValues(in, in.u16());
        return new RopSynchronizationImportMessageChangeRequest(logonId, inputHandleIndex, outputHandleIndex, importFlag, propertyValues);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        out.u8(RopWire.u8(importFlag, "ImportFlag"));
        RopWire.writeTaggedValues(out, propertyValues, "PropertyValueCount");
    }
}
