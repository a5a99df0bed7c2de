package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopBackoff, [MS-OXCROPS] 2.2.15.2: the server asks the client to wait before sending more ROPs
 * for a logon: LogonId, Duration (ms), per-ROP durations and AdditionalData. It answers no
 * particular request and carries no handle index ({@link #handleIndex()} is -1).
 */
public record RopBackoffResponse(int logonId, long duration, List<BackoffRop> backoffRops, byte[] additionalData)
        implements RopResponse {

    public RopBackoffResponse {
        backoffRops = FrozenList.copyOf(backoffRops);
        additionalData = additionalData.clone();
    }

    @Override
    public byte[] additionalData() {
        return additionalData.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.BACKOFF;
    }

    @Override
    public int handleIndex() {
        return -1;
    }

    static RopBackoffResponse decode(ByteReader in) {
        int logonId = in.u8();
        long duration = in.u32();
        int count = in.u8();
        RopWire.requireItems(in, count, 5, "RopBackoff BackoffRopData");
        List<BackoffRop> rops = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rops.add(new BackoffRop(in.u8(), in.u32()));
        }
        return new RopBackoffResponse(logonId, duration, rops, in.bytes(in.u16(), "RopBackoff AdditionalData"));
    }

    @Override
    public void encode(ByteWriter out) {
        out.u8(ropId().code()).u8(RopWire.u8(logonId, "LogonId")).i32((int) duration)
                .u8(RopWire.u8(backoffRops.size(), "BackoffRopCount"));
        backoffRops.forEach(rop -> out.u8(RopWire.u8(rop.ropIdBackoff(), "RopIdBackoff")).i32((int) rop.duration()));
        out.u16(RopWire.u16(additionalData.length, "AdditionalDataSize")).bytes(additionalData);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopBackoffResponse r && r.logonId == logonId && r.duration == duration
                && r.backoffRops.equals(backoffRops) && Arrays.equals(r.additionalData, additionalData);
    }

    @Override
    public int hashCode() {
        return ((logonId * 31 + Long.hashCode(duration)) * 31 + backoffRops.hashCode()) * 31
                + Arrays.hashCode(additionalData);
    }

    @Override
    public String toString() {
        return "RopBackoffResponse[logonId=" + logonId + ", duration=" + duration + ", backoffRops=" + backoffRops
                + ", additionalData=" + HexFormat.of().formatHex(additionalData) + "]";
    }
}
