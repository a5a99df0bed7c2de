package org.interchange.mapi.client.ics;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The opaque ICS state handed to callers: the four ICS state properties of [MS-OXCFXICS] 2.2.1.1
 * (REPLGUID-based IDSETs) wrapped with a magic, the kind of download, the folder id and a CRC-32,
 * so a damaged state or one made for another folder is refused before it reaches the server.
 * Layout: "ICS" 0x01, kind (1 contents, 2 hierarchy), FID (8 bytes), four (u32 length, IDSET),
 * CRC-32 of everything before it.
 */
final class StateEnvelope {
    private static final byte[] MAGIC = {'I', 'C', 'S', 0x01};
    private static final int SETS = 4;

    private StateEnvelope() {
    }

    /** The state of the four sets, each written with the bytes it keeps ({@link EncodedIdSet#bytes()}). */
    static byte[] encode(boolean hierarchy, long folderId, List<EncodedIdSet> sets) {
        int size = MAGIC.length + 1 + 8 + 4;
        for (EncodedIdSet set : sets) {
            size += 4 + set.bytes().length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) (hierarchy ? 2 : 1)).putLong(folderId);
        for (EncodedIdSet set : sets) {
            out.putInt(set.bytes().length).put(set.bytes());
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, size - 4);
        return out.putInt((int) crc.getValue()).array();
    }

    /** The four sets (IdsetGiven, CnsetSeen, CnsetSeenFAI, CnsetRead); an empty or null state is the initial one. */
    static List<EncodedIdSet> decode(byte[] state, boolean hierarchy, long folderId) {
        List<EncodedIdSet> sets = new ArrayList<>();
        if (state == null || state.length == 0) {
            for (int i = 0; i < SETS; i++) {
                sets.add(EncodedIdSet.EMPTY);
            }
            return sets;
        }
        if (state.length < MAGIC.length + 1 + 8 + 4 * SETS + 4) {
            throw new IcsStateRejectedException("ICS state of " + state.length + " bytes is too short");
        }
        CRC32 crc = new CRC32();
        crc.update(state, 0, state.length - 4);
        ByteReader in = new ByteReader(state);
        for (byte b : MAGIC) {
            if (in.u8() != (b & 0xFF)) {
                throw new IcsStateRejectedException("not an ICS state of this library (bad magic)");
            }
        }
        try {
            int kind = in.u8();
            long fid = in.i64();
            for (int i = 0; i < SETS; i++) {
                int length = in.i32();
                if (length < 0 || length > in.remaining() - 4) {
                    throw new IcsStateRejectedException("ICS state set " + i + " claims " + length + " bytes");
                }
                sets.add(EncodedIdSet.read(in.bytes(length, "ICS state set")));
            }
            long stored = in.u32();
            if (stored != crc.getValue() || in.hasRemaining()) {
                throw new IcsStateRejectedException("ICS state is damaged (checksum mismatch)");
            }
            if (kind != (hierarchy ? 2 : 1)) {
                throw new IcsStateRejectedException("ICS state was made for a " + (kind == 2 ? "hierarchy" : "contents")
                        + " download");
            }
            if (fid != folderId) {
                throw new IcsStateRejectedException("ICS state belongs to folder 0x" + Long.toHexString(fid)
                        + ", not 0x" + Long.toHexString(folderId));
            }
            return sets;
        } catch (MapiCodecException e) {
            throw new IcsStateRejectedException("ICS state is damaged: " + e.getMessage(), e);
        }
    }
}
