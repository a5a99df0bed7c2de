package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * One PermissionData of RopModifyPermissions, [MS-OXCROPS] 2.2.10.2.1.1: PermissionDataFlags
 * (0x01 AddRow, 0x02 ModifyRow, 0x04 RemoveRow) and the TaggedPropertyValues of the row.
 */
public record PermissionData(int permissionDataFlags, List<PropertyValue> propertyValues) {

    public PermissionData {
        RopWire.u8(permissionDataFlags, "PermissionDataFlags");
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    static PermissionData decode(ByteReader in) {
        int flags = in.u8();
        return new PermissionData(flags, RopWire.readTaggedValues(in, in.u16()));
    }

    void encode(ByteWriter out) {
        out.u8(permissionDataFlags);
        RopWire.writeTaggedValues(out, propertyValues, "PropertyValueCount");
    }
}
