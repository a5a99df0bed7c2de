package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetPerUserLongTermIds success response, [MS-OXCROPS] 2.2.3.10.2: the LongTermIds of folders with per-user data. */
public record RopGetPerUserLongTermIdsResponse(int handleIndex, List<LongTermId> longTermIds) implements RopResponse {

    public RopGetPerUserLongTermIdsResponse {
        longTermIds = FrozenList.copyOf(longTermIds);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PER_USER_LONG_TERM_IDS;
    }

    static RopGetPerUserLongTermIdsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int count = in.u16();
        RopWire.requireItems(in, count, LongTermId.SIZE, "RopGetPerUserLongTermIds LongTermIds");
        List<LongTermId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(LongTermId.decode(in));
        }
        return new RopGetPerUserLongTermIdsResponse(handleIndex, ids);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(longTermIds.size(), "LongTermIdCount"));
        longTermIds.forEach(id -> id.encode(out));
    }
}
