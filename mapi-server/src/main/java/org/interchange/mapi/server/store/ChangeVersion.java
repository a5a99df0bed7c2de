package org.interchange.mapi.server.store;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The version of a folder or message, [MS-OXCFXICS] 2.2.1.2.7 and 2.2.1.2.8: PidTagChangeKey (an
 * XID of the namespace that made the change) and PidTagPredecessorChangeList (the serialized PCL,
 * which includes the change key).
 */
public record ChangeVersion(byte[] changeKey, byte[] predecessorChangeList) {

    public ChangeVersion {
        changeKey = changeKey.clone();
        predecessorChangeList = predecessorChangeList.clone();
    }

    @Override
    public byte[] changeKey() {
        return changeKey.clone();
    }

    @Override
    public byte[] predecessorChangeList() {
        return predecessorChangeList.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeVersion v && Arrays.equals(v.changeKey, changeKey)
                && Arrays.equals(v.predecessorChangeList, predecessorChangeList);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(changeKey) * 31 + Arrays.hashCode(predecessorChangeList);
    }

    @Override
    public String toString() {
        return "ChangeVersion[" + HexFormat.of().formatHex(changeKey) + "]";
    }
}
