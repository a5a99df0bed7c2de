package org.interchange.mapi.codec.rpc;

/** The XorMagic obfuscation of extended-buffer payloads, [MS-OXCRPC] 3.1.4.1.1.3: every byte XOR 0xA5. */
public final class XorMagic {
    /** The obfuscation byte. */
    public static final int MAGIC = 0xA5;

    private XorMagic() {
    }

    /** Obfuscates or reverts (the operation is its own inverse) a copy of {@code data}. */
    public static byte[] apply(byte[] data) {
        byte[] out = data.clone();
        applyInPlace(out, 0, out.length);
        return out;
    }

    /** Obfuscates or reverts {@code len} bytes of {@code data} starting at {@code off}, in place. */
    public static void applyInPlace(byte[] data, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            data[i] ^= (byte) MAGIC;
        }
    }
}
