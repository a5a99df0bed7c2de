package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopOpenFolder success response, [MS-OXCROPS] 2.2.4.1.2: HasRules, IsGhosted and, only for a
 * ghosted public folder, ServerCount, CheapServerCount and the server names.
 */
public record RopOpenFolderResponse(int handleIndex, boolean hasRules, boolean isGhosted, int cheapServerCount,
                                    List<String> servers) implements RopResponse {

    public RopOpenFolderResponse {
        servers = FrozenList.copyOf(servers);
        if (!isGhosted && (!servers.isEmpty() || cheapServerCount != 0)) {
            throw new MapiCodecException("RopOpenFolder lists servers only for a ghosted folder");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.OPEN_FOLDER;
    }

    static RopOpenFolderResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        boolean hasRules = RopWire.bool(in);
        boolean ghosted = RopWire.bool(in);
        if (!ghosted) {
            return new RopOpenFolderResponse(handleIndex, hasRules, false, 0, List.of());
        }
        int serverCount = in.u16();
        int cheap = in.u16();
        RopWire.requireItems(in, serverCount, 1, "RopOpenFolder Servers");
        List<String> servers = new ArrayList<>(serverCount);
        for (int i = 0; i < serverCount; i++) {
            servers.add(in.ascii8z());
        }
        return new RopOpenFolderResponse(handleIndex, hasRules, true, cheap, servers);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        encodeFields(out);
    }

    /** HasRules, IsGhosted and the servers, shared with RopCreateFolder. */
    void encodeFields(ByteWriter out) {
        out.u8(hasRules ? 1 : 0).u8(isGhosted ? 1 : 0);
        if (isGhosted) {
            out.u16(RopWire.u16(servers.size(), "ServerCount")).u16(RopWire.u16(cheapServerCount, "CheapServerCount"));
            servers.forEach(out::ascii8z);
        }
    }
}
