package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RestrictionCodec;

/**
 * RopSynchronizationConfigure request, [MS-OXCROPS] 2.2.13.1.1 (fields in [MS-OXCFXICS]
 * 2.2.3.2.1.1.1): SynchronizationType (0x01 contents, 0x02 hierarchy), SendOptions,
 * SynchronizationFlags, a restriction (kept as its encoded bytes, empty for none),
 * SynchronizationExtraFlags and the properties to include or exclude.
 */
public record RopSynchronizationConfigureRequest(int logonId, int inputHandleIndex, int outputHandleIndex,
                                                 int synchronizationType, int sendOptions, int synchronizationFlags,
                                                 byte[] restrictionData, int synchronizationExtraFlags,
                                                 List<PropertyTag> propertyTags) implements RopRequest, OpensObject {
    public static final int CONTENTS = 0x01;
    public static final int HIERARCHY = 0x02;

    public RopSynchronizationConfigureRequest {
        restrictionData = restrictionData.clone();
        propertyTags = FrozenList.copyOf(propertyTags);
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

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_CONFIGURE;
    }

    static RopSynchronizationConfigureRequest decode(ByteReader in) {
        int logonId = in.u8();
        int input = in.u8();
        int output = in.u8();
        int type = in.u8();
        int sendOptions = in.u8();
        int flags = in.u16();
        byte[] restriction = in.bytes(in.u16(), "RopSynchronizationConfigure RestrictionData");
        int extraFlags = in.i32();
        List<PropertyTag> tags = RopWire.readTags(in, in.u16());
        return new RopSynchronizationConfigureRequest(logonId, input, output, type, sendOptions, flags, restriction,
                extraFlags, tags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex")).u8(RopWire.u8(synchronizationType, "SynchronizationType"))
                .u8(RopWire.u8(sendOptions, "SendOptions")).u16(RopWire.u16(synchronizationFlags, "SynchronizationFlags"))
                .u16(RopWire.u16(restrictionData.length, "RestrictionDataSize")).bytes(restrictionData)
                .i32(synchronizationExtraFlags);
        RopWire.writeTags(out, propertyTags, "PropertyTagCount");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSynchronizationConfigureRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex && r.outputHandleIndex == outputHandleIndex
                && r.synchronizationType == synchronizationType && r.sendOptions == sendOptions
                && r.synchronizationFlags == synchronizationFlags && Arrays.equals(r.restrictionData, restrictionData)
                && r.synchronizationExtraFlags == synchronizationExtraFlags && r.propertyTags.equals(propertyTags);
    }

    @Override
    public int hashCode() {
        return ((outputHandleIndex * 31 + synchronizationType) * 31 + synchronizationFlags) * 31
                + Arrays.hashCode(restrictionData) + propertyTags.hashCode();
    }

    @Override
    public String toString() {
        return "RopSynchronizationConfigureRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex
                + ", outputHandleIndex=" + outputHandleIndex + ", synchronizationType=" + synchronizationType
                + ", sendOptions=" + sendOptions + ", synchronizationFlags=" + synchronizationFlags
                + ", restriction=" + restrictionData.length + " bytes, synchronizationExtraFlags="
                + synchronizationExtraFlags + ", propertyTags=" + propertyTags + "]";
    }
}
