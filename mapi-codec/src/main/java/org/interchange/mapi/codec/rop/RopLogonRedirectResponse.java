package org.interchange.mapi.codec.rop;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopLogon redirect response, [MS-OXCROPS] 2.2.3.1.4: ReturnValue ecWrongServer, LogonFlags and
 * the name of the server that holds the mailbox (ServerNameSize includes the terminating null).
 */
public record RopLogonRedirectResponse(int handleIndex, int logonFlags, String serverName)
        implements RopLogonResponse {

    public RopLogonRedirectResponse {
        Objects.requireNonNull(serverName, "serverName");
    }

    @Override
    public int returnValue() {
        return EC_WRONG_SERVER;
    }

    static RopLogonRedirectResponse decodeFields(ByteReader in, int handleIndex) {
        int logonFlags = in.u8();
        int size = in.u8();
        if (size == 0) {
            throw new MapiCodecException("RopLogon redirect ServerNameSize is 0; it includes the terminating null");
        }
        byte[] name = in.bytes(size, "RopLogon ServerName");
        if (name[size - 1] != 0) {
            throw new MapiCodecException("RopLogon redirect ServerName of " + size + " bytes is not null-terminated");
        }
        return new RopLogonRedirectResponse(handleIndex, logonFlags,
                new String(name, 0, size - 1, StandardCharsets.ISO_8859_1));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, EC_WRONG_SERVER);
        byte[] name = serverName.getBytes(StandardCharsets.ISO_8859_1);
        out.u8(RopWire.u8(logonFlags, "LogonFlags")).u8(RopWire.u8(name.length + 1, "ServerNameSize"))
                .bytes(name).u8(0);
    }
}
