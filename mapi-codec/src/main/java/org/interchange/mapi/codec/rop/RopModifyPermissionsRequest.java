package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopModifyPermissions request, [MS-OXCROPS] 2.2.10.2.1: ModifyFlags and the PermissionData rows to add, change or remove. */
public record RopModifyPermissionsRequest(int logonId, int inputHandleIndex, int modifyFlags,
                                          List<PermissionData> permissionsData) implements RopRequest {

    public RopModifyPermissionsRequest {
        permissionsData = FrozenList.copyOf(permissionsData);
    }

    @Override
    public RopId ropId() {
        return RopId.MODIFY_PERMISSIONS;
    }

    static RopModifyPermissionsRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int flags = in.u8();
        int count = in.u16();
        RopWire.requireItems(in, count, 3, "RopModifyPermissions PermissionsData");
        List<PermissionData> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(PermissionData.decode(in));
        }
        return new RopModifyPermissionsRequest(logonId, index, flags, rows);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(modifyFlags, "ModifyFlags")).u16(RopWire.u16(permissionsData.size(), "ModifyCount"));
        permissionsData.forEach(row -> row.encode(out));
    }
}
