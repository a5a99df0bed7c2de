package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopSetLocalReplicaMidsetDeleted request, [MS-OXCROPS] 2.2.13.12.1: DataSize (the bytes of the
 * count and ranges that follow), LongTermIdRangeCount and the ranges of deleted message ids.
 */
public record RopSetLocalReplicaMidsetDeletedRequest(int logonId, int inputHandleIndex,
                                                     List<LongTermIdRange> longTermIdRanges) implements RopRequest {

    public RopSetLocalReplicaMidsetDeletedRequest {
        longTermIdRanges = FrozenList.copyOf(longTermIdRanges);
    }

    @Override
    public RopId ropId() {
        return RopId.SET_LOCAL_REPLICA_MIDSET_DELETED;
    }

    static RopSetLocalReplicaMidsetDeletedRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        ByteReader data = in.slice(in.u16(), "RopSetLocalReplicaMidsetDeleted Data");
        long count = data.u32();
        if (count * LongTermIdRange.SIZE != data.remaining()) {
            throw new MapiCodecException("RopSetLocalReplicaMidsetDeleted claims " + count + " ranges but DataSize leaves "
                    + data.remaining() + " bytes");
        }
        List<LongTermIdRange> ranges = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            ranges.add(new LongTermIdRange(LongTermId.decode(data), LongTermId.decode(data)));
        }
        return new RopSetLocalReplicaMidsetDeletedRequest(logonId, index, ranges);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        RopWire.writeSized(out, body -> {
            body.i32(longTermIdRanges.size());
            longTermIdRanges.forEach(r -> {
                r.minLongTermId().encode(body);
                r.maxLongTermId().encode(body);
            });
        }, "DataSize");
    }
}
