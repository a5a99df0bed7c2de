package org.interchange.mapi.codec.ids;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * An EphemeralEntryID, [MS-OXNSPI] 2.2.9.2: ID type 0x87, three zero reserved bytes, the NSPI
 * server's GUID as ProviderUID, R4 = 1, the DisplayType and the object's Minimal Entry ID; 32 bytes.
 */
public record EphemeralEntryId(UUID providerUid, int displayType, int mid) implements EntryId {
    public static final int SIZE = 32;
    public static final int ID_TYPE = 0x87;

    public EphemeralEntryId {
        Objects.requireNonNull(providerUid, "providerUid");
    }

    public static EphemeralEntryId decode(byte[] bytes) {
        EntryIds.requireSize(bytes, SIZE, "EphemeralEntryID");
        ByteReader in = new ByteReader(bytes);
        int type = in.u8();
        if (type != ID_TYPE) {
            throw new MapiCodecException("EphemeralEntryID type 0x"
                    + Integer.toHexString(type) + " is not 0x87");
        }
        in.skip(3);
        UUID provider = in.guid();
        in.skip(4);
        return new EphemeralEntryId(provider, in.i32(), in.i32());
    }

    @Override
    public byte[] encode() {
        return new ByteWriter(SIZE).u8(ID_TYPE).u8(0).u16(0).guid(providerUid).i32(1).i32(displayType).i32(mid)
                .toByteArray();
    }
}
