package org.interchange.plugin.mapi;

import java.util.HexFormat;

/** Folder and message ids (FID, MID, [MS-OXCDATA] 2.2.1) as the cache's opaque server ids. */
final class ServerIds {
    private ServerIds() {
    }

    static String of(long id) {
        return HexFormat.of().toHexDigits(id);
    }

    static long parse(String serverId) {
        if (serverId == null || serverId.length() != 16) {
            throw new IllegalArgumentException("not a MAPI id: " + serverId);
        }
        return HexFormat.fromHexDigitsToLong(serverId);
    }
}
