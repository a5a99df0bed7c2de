package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopPublicFolderIsGhosted success response, [MS-OXCROPS] 2.2.3.7.2: IsGhosted and, only when
 * ghosted, ServersCount, CheapServersCount and the server names.
 */
public record RopPublicFolderIsGhostedResponse(int handleIndex, boolean isGhosted, int cheapServersCount,
                                               List<String> servers) implements RopResponse {

    public RopPublicFolderIsGhostedResponse {
        servers = FrozenList.copyOf(servers);
        if (!isGhosted && (!servers.isEmpty() || cheapServersCount != 0)) {
            throw new MapiCodecException("RopPublicFolderIsGhosted lists servers only for a ghosted folder");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.PUBLIC_FOLDER_IS_GHOSTED;
    }

    static RopPublicFolderIsGhostedResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        if (!RopWire.bool(in)) {
            return new RopPublicFolderIsGhostedResponse(handleIndex, false, 0, List.of());
        }
        int count = in.u16();
        int cheap = in.u16();
        return new RopPublicFolderIsGhostedResponse(handleIndex, true, cheap, RopWire.readStrings(in, count, "Servers"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(isGhosted ? 1 : 0);
        if (isGhosted) {
            out.u16(RopWire.u16(servers.size(), "ServersCount")).u16(RopWire.u16(cheapServersCount, "CheapServersCount"));
            servers.forEach(out::ascii8z);
        }
    }
}
