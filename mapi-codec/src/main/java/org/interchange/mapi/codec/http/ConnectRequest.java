package org.interchange.mapi.codec.http;

import java.util.Arrays;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Connect request body, [MS-OXCMAPIHTTP] 2.2.4.1.1 (the [in] parameters of EcDoConnectEx,
 * [MS-OXCRPC] 3.1.4.1). The auxiliary buffer is an RPC_HEADER_EXT followed by AUX_HEADER blocks,
 * exactly the rgbAuxIn of [MS-OXCRPC] 3.1.4.1.1.1; see {@code org.interchange.mapi.codec.rpc.ExtendedBuffers}.
 *
 * @param userDn          the user's distinguished name, null-terminated ASCII on the wire
 * @param flags           connection flags (0 for a regular user)
 * @param defaultCodePage the client's code page for 8-bit strings
 * @param lcidSort        locale for sorting
 * @param lcidString      locale for everything else
 * @param auxiliaryBuffer AuxiliaryBuffer, its length written as AuxiliaryBufferSize
 */
public record ConnectRequest(String userDn, int flags, int defaultCodePage, int lcidSort, int lcidString,
        byte[] auxiliaryBuffer) {

    public ConnectRequest {
        BodyFields.requireAscii(userDn, "UserDn");
        auxiliaryBuffer = auxiliaryBuffer.clone();
    }

    @Override
    public byte[] auxiliaryBuffer() {
        return auxiliaryBuffer.clone();
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(userDn.length() + 24 + auxiliaryBuffer.length);
        w.ascii8z(userDn).i32(flags).i32(defaultCodePage).i32(lcidSort).i32(lcidString);
        BodyFields.sizedBytes(w, auxiliaryBuffer);
        return w.toByteArray();
    }

    public static ConnectRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        String userDn = r.ascii8z();
        if (!userDn.chars().allMatch(c -> c < 0x80)) {
            throw new MapiCodecException("Connect request UserDn is not ASCII");
        }
        int flags = r.i32();
        int codePage = r.i32();
        int lcidSort = r.i32();
        int lcidString = r.i32();
        byte[] aux = BodyFields.sizedBytes(r, "Connect request AuxiliaryBuffer");
        BodyFields.expectEnd(r, "Connect request body");
        return new ConnectRequest(userDn, flags, codePage, lcidSort, lcidString, aux);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectRequest c && userDn.equals(c.userDn) && flags == c.flags
                && defaultCodePage == c.defaultCodePage && lcidSort == c.lcidSort && lcidString == c.lcidString
                && Arrays.equals(auxiliaryBuffer, c.auxiliaryBuffer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userDn, flags, defaultCodePage, lcidSort, lcidString) * 31 + Arrays.hashCode(auxiliaryBuffer);
    }

    @Override
    public String toString() {
        return "ConnectRequest[userDn=" + userDn + ", flags=0x" + Integer.toHexString(flags) + ", codePage="
                + defaultCodePage + ", lcidSort=0x" + Integer.toHexString(lcidSort) + ", lcidString=0x"
                + Integer.toHexString(lcidString) + ", aux=" + auxiliaryBuffer.length + " bytes]";
    }
}
