package org.interchange.mapi.server.http.auth;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The three NTLM messages of connection-oriented NTLMSSP, [MS-NLMP] 2.2.1: reads NEGOTIATE and
 * AUTHENTICATE (every field bounds-checked against the message), writes CHALLENGE.
 */
final class NtlmMessages {
    static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
    /** NegotiateFlags bits, [MS-NLMP] 2.2.2.5. */
    static final int NEGOTIATE_UNICODE = 0x00000001;
    static final int REQUEST_TARGET = 0x00000004;
    static final int NEGOTIATE_NTLM = 0x00000200;
    static final int NEGOTIATE_ALWAYS_SIGN = 0x00008000;
    static final int TARGET_TYPE_DOMAIN = 0x00010000;
    static final int NEGOTIATE_EXTENDED_SESSIONSECURITY = 0x00080000;
    static final int NEGOTIATE_TARGET_INFO = 0x00800000;
    /** AV_PAIR ids, [MS-NLMP] 2.2.2.1. */
    static final int AV_EOL = 0;
    static final int AV_NB_COMPUTER_NAME = 1;
    static final int AV_NB_DOMAIN_NAME = 2;

    private NtlmMessages() {
    }

    /** A malformed or unexpected NTLM message. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    /** The fields of an AUTHENTICATE_MESSAGE the acceptor checks, [MS-NLMP] 2.2.1.3. */
    record Authenticate(int flags, String domain, String user, String workstation, byte[] ntResponse) {
    }

    /** The message type (1, 2 or 3) after checking the signature. */
    static int type(byte[] message) throws MalformedException {
        if (message.length < 12 || !Arrays.equals(message, 0, 8, SIGNATURE, 0, 8)) {
            throw new MalformedException("not an NTLMSSP message");
        }
        return le(message).getInt(8);
    }

    /** NegotiateFlags of a NEGOTIATE_MESSAGE, [MS-NLMP] 2.2.1.1. */
    static int negotiateFlags(byte[] message) throws MalformedException {
        if (type(message) != 1 || message.length < 16) {
            throw new MalformedException("expected an NTLM NEGOTIATE_MESSAGE");
        }
        return le(message).getInt(12);
    }

    /**
     * A CHALLENGE_MESSAGE, [MS-NLMP] 2.2.1.2: target name and the NetBIOS names in TargetInfo are
     * {@code domain} and {@code computer}, in Unicode.
     */
    static byte[] challenge(int clientFlags, byte[] serverChallenge, String domain, String computer) {
        byte[] target = domain.getBytes(StandardCharsets.UTF_16LE);
        byte[] info = targetInfo(domain, computer);
        int flags = NEGOTIATE_UNICODE | REQUEST_TARGET | NEGOTIATE_NTLM | NEGOTIATE_ALWAYS_SIGN | TARGET_TYPE_DOMAIN
                | NEGOTIATE_TARGET_INFO | (clientFlags & NEGOTIATE_EXTENDED_SESSIONSECURITY);
        int header = 48;
        ByteBuffer out = le(new byte[header + target.length + info.length]);
        out.put(SIGNATURE).putInt(2);
        out.putShort((short) target.length).putShort((short) target.length).putInt(header);
        out.putInt(flags).put(serverChallenge).putLong(0);
        out.putShort((short) info.length).putShort((short) info.length).putInt(header + target.length);
        out.put(target).put(info);
        return out.array();
    }

    private static byte[] targetInfo(String domain, String computer) {
        byte[] d = domain.getBytes(StandardCharsets.UTF_16LE);
        byte[] c = computer.getBytes(StandardCharsets.UTF_16LE);
        ByteBuffer out = le(new byte[4 + d.length + 4 + c.length + 4]);
        out.putShort((short) AV_NB_DOMAIN_NAME).putShort((short) d.length).put(d);
        out.putShort((short) AV_NB_COMPUTER_NAME).putShort((short) c.length).put(c);
        out.putShort((short) AV_EOL).putShort((short) 0);
        return out.array();
    }

    /** Reads an AUTHENTICATE_MESSAGE, [MS-NLMP] 2.2.1.3. */
    static Authenticate authenticate(byte[] message) throws MalformedException {
        if (type(message) != 3 || message.length < 64) {
            throw new MalformedException("expected an NTLM AUTHENTICATE_MESSAGE");
        }
        int flags = le(message).getInt(60);
        Charset text = (flags & NEGOTIATE_UNICODE) != 0 ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1;
        byte[] nt = field(message, 20, "NtChallengeResponse");
        String domain = new String(field(message, 28, "DomainName"), text);
        String user = new String(field(message, 36, "UserName"), text);
        String workstation = new String(field(message, 44, "Workstation"), text);
        return new Authenticate(flags, domain, user, workstation, nt);
    }

    /** The payload a Len/MaxLen/Offset field at {@code at} points to, checked against the message. */
    private static byte[] field(byte[] message, int at, String name) throws MalformedException {
        ByteBuffer b = le(message);
        int length = Short.toUnsignedInt(b.getShort(at));
        long offset = Integer.toUnsignedLong(b.getInt(at + 4));
        if (offset + length > message.length) {
            throw new MalformedException(name + " of " + length + " bytes at " + offset + " lies outside the "
                    + message.length + "-byte message");
        }
        return Arrays.copyOfRange(message, (int) offset, (int) offset + length);
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
