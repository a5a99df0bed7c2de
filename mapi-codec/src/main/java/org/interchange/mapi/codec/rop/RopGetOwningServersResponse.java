package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopGetOwningServers success response, [MS-OXCROPS] 2.2.3.6.2: OwningServersCount,
 * CheapServersCount and the null-terminated 8-bit server names.
 */
public record RopGetOwningServersResponse(int handleIndex, int cheapServersCount, List<String> owningServers)
        implements RopResponse {

    public RopGetOwningServersResponse {
        owningServers = FrozenList.copyOf(owningServers);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_OWNING_SERVERS;
    }

    static RopGetOwningServersResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int count = in.u16();
        int cheap = in.u16();
        return new RopGetOwningServersResponse(handleIndex, cheap, RopWire.readStrings(in, count, "OwningServers"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(owningServers.size(), "OwningServersCount"))
                .u16(RopWire.u16(cheapServersCount, "CheapServersCount"));
        owningServers.forEach(out::ascii8z);
    }
}
