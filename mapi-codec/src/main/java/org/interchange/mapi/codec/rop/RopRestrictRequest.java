package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RestrictionCodec;

/**
 * RopRestrict request, [MS-OXCROPS] 2.2.5.3.1: RestrictFlags and the restriction ([MS-OXCDATA]
 * 2.12), kept as its encoded bytes; empty bytes remove the restriction.
 */
public record RopRestrictRequest(int logonId, int inputHandleIndex, int restrictFlags, byte[] restrictionData)
        implements RopRequest {

    public RopRestrictRequest {
        restrictionData = restrictionData.clone();
    }

    @Override
    public byte[] restrictionData() {
        return restrictionData.clone();
    }

    /** The restriction decoded from {@link #restrictionData()}; empty when there is none. */
    public Optional<Restriction> restriction() {
        return restrictionData.length == 0 ? Optional.empty()
                : Optional.of(RestrictionCodec.ROP.decode(restrictionData));
    }

    /** The request setting {@code restriction} (none to remove the table's restriction). */
    public static RopRestrictRequest of(int logonId, int inputHandleIndex, int restrictFlags,
                                        Optional<Restriction> restriction) {
        return new RopRestrictRequest(logonId, inputHandleIndex, restrictFlags,
                restriction.map(RestrictionCodec.ROP::encode).orElse(new byte[0]));
    }

    @Override
    public RopId ropId() {
        return RopId.RESTRICT;
    }

    static RopRestrictRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int flags = in.u8();
        return new RopRestrictRequest(logonId, index, flags, in.bytes(in.u16(), "RopRestrict RestrictionData"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(restrictFlags, "RestrictFlags"))
                .u16(RopWire.u16(restrictionData.length, "RestrictionDataSize")).bytes(restrictionData);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopRestrictRequest r && r.logonId == logonId && r.inputHandleIndex == inputHandleIndex
                && r.restrictFlags == restrictFlags && Arrays.equals(r.restrictionData, restrictionData);
    }

    @Override
    public int hashCode() {
        return ((logonId * 31 + inputHandleIndex) * 31 + restrictFlags) * 31 + Arrays.hashCode(restrictionData);
    }

    @Override
    public String toString() {
        return "RopRestrictRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex
                + ", restrictFlags=" + restrictFlags + ", restrictionData=" + HexFormat.of().formatHex(restrictionData) + "]";
    }
}
