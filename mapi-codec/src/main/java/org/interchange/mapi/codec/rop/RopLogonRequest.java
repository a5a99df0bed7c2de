package org.interchange.mapi.codec.rop;

import java.nio.charset.StandardCharsets;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopLogon request, [MS-OXCROPS] 2.2.3.1.1 (flags in [MS-OXCSTOR] 2.2.1.1.1): LogonFlags
 * (0x01 Private), OpenFlags, StoreState and the user's ESSDN (null when EssdnSize is 0, as for a
 * public folders logon). There is no InputHandleIndex: {@link #inputHandleIndex()} returns the
 * OutputHandleIndex.
 */
public record RopLogonRequest(int logonId, int outputHandleIndex, int logonFlags, int openFlags, int storeState,
                              String essdn) implements RopRequest, OpensObject {
    public static final int LOGON_FLAG_PRIVATE = 0x01;

    @Override
    public RopId ropId() {
        return RopId.LOGON;
    }

    @Override
    public int inputHandleIndex() {
        return outputHandleIndex;
    }

    static RopLogonRequest decode(ByteReader in) {
        int logonId = in.u8();
        int outputHandleIndex = in.u8();
        int logonFlags = in.u8();
        int openFlags = in.i32();
        int storeState = in.i32();
        int essdnSize = in.u16();
        String essdn = null;
        if (essdnSize > 0) {
            byte[] bytes = in.bytes(essdnSize, "RopLogon Essdn");
            if (bytes[essdnSize - 1] != 0) {
                throw new MapiCodecException("RopLogon Essdn of " + essdnSize + " bytes is not null-terminated");
            }
            essdn = new String(bytes, 0, essdnSize - 1, StandardCharsets.ISO_8859_1);
        }
        return new RopLogonRequest(logonId, outputHandleIndex, logonFlags, openFlags, storeState, essdn);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, outputHandleIndex);
        out.u8(RopWire.u8(logonFlags, "LogonFlags")).i32(openFlags).i32(storeState);
        if (essdn == null) {
            out.u16(0);
        } else {
            byte[] bytes = essdn.getBytes(StandardCharsets.ISO_8859_1);
            out.u16(RopWire.u16(bytes.length + 1, "EssdnSize")).bytes(bytes).u8(0);
        }
    }
}
