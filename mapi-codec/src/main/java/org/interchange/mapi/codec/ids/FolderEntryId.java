package org.interchange.mapi.codec.ids;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A Folder EntryID, [MS-OXCDATA] 2.2.4.1: Flags, the store's ProviderUID, FolderType
 * (0x0001 private, 0x0003 public, 0x0005 ghosted public folder), the folder's DatabaseGuid and
 * GlobalCounter and a zero Pad; 46 bytes.
 */
public record FolderEntryId(int flags, UUID providerUid, int folderType, UUID databaseGuid, long globalCounter)
        implements EntryId {
    public static final int SIZE = 46;
    public static final int PRIVATE_FOLDER = 0x0001;
    public static final int PUBLIC_FOLDER = 0x0003;
    public static final int GHOSTED_PUBLIC_FOLDER = 0x0005;

    public FolderEntryId {
        Objects.requireNonNull(providerUid, "providerUid");
        Objects.requireNonNull(databaseGuid, "databaseGuid");
        if (folderType < 0 || folderType > 0xFFFF) {
            throw new MapiCodecException("FolderType " + folderType + " does not fit 2 bytes");
        }
        GlobalCounter.check(globalCounter);
    }

    /** The entry ID of a folder whose GID is known. */
    public static FolderEntryId of(UUID providerUid, int folderType, GlobalId folder) {
        return new FolderEntryId(0, providerUid, folderType, folder.databaseGuid(), folder.globalCounter());
    }

    public GlobalId folder() {
        return new GlobalId(databaseGuid, globalCounter);
    }

    public static FolderEntryId decode(byte[] bytes) {
        EntryIds.requireSize(bytes, SIZE, "Folder EntryID");
        ByteReader in = new ByteReader(bytes);
        FolderEntryId id = new FolderEntryId(in.i32(), in.guid(), in.u16(), in.guid(), GlobalCounter.read(in));
        in.skip(2);
        return id;
    }

    @Override
    public byte[] encode() {
        ByteWriter out = new ByteWriter(SIZE);
        out.i32(flags).guid(providerUid).u16(folderType).guid(databaseGuid);
        GlobalCounter.write(out, globalCounter);
        return out.u16(0).toByteArray();
    }
}
