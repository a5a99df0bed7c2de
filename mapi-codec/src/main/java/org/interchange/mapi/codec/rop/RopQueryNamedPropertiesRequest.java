package org.interchange.mapi.codec.rop;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopQueryNamedProperties request, [MS-OXCROPS] 2.2.8.10.1: QueryFlags, HasGuid and, when present,
 * the PropertyGuid the names must belong to.
 */
public record RopQueryNamedPropertiesRequest(int logonId, int inputHandleIndex, int queryFlags,
                                             Optional<UUID> propertyGuid) implements RopRequest {

    public RopQueryNamedPropertiesRequest {
        Objects.requireNonNull(propertyGuid, "propertyGuid");
    }

    @Override
    public RopId ropId() {
        return RopId.QUERY_NAMED_PROPERTIES;
    }

    static RopQueryNamedPropertiesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int flags = in.u8();
        Optional<UUID> guid = RopWire.bool(in) ? Optional.of(in.guid()) : Optional.empty();
        return new RopQueryNamedPropertiesRequest(logonId, index, flags, guid);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(queryFlags, "QueryFlags")).u8(propertyGuid.isPresent() ? 1 : 0);
        propertyGuid.ifPresent(out::guid);
    }
}
