package org.interchange.mapi.server.rop;

import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;

/** Entry ids and source keys of private-mailbox objects, [MS-OXCDATA] 2.2.4.1, 2.2.4.2 and [MS-OXCFXICS] 2.2.1.2.5. */
public final class EntryIds {
    private static final int PRIVATE_FOLDER = 0x0001;
    private static final int PRIVATE_MESSAGE = 0x0007;

    private EntryIds() {
    }

    /** Folder EntryID: Flags, ProviderUID, FolderType, DatabaseGuid, GlobalCounter, Pad. */
    public static byte[] folder(Mailbox mailbox, long fid) {
        ByteWriter w = new ByteWriter(46);
        w.i32(0).guid(mailbox.mailboxGuid()).u16(PRIVATE_FOLDER);
        globalId(w, mailbox, fid);
        return w.toByteArray();
    }

    /** Message EntryID: Flags, ProviderUID, MessageType, folder GUID + counter, message GUID + counter. */
    public static byte[] message(Mailbox mailbox, long fid, long mid) {
        ByteWriter w = new ByteWriter(70);
        w.i32(0).guid(mailbox.mailboxGuid()).u16(PRIVATE_MESSAGE);
        globalId(w, mailbox, fid);
        globalId(w, mailbox, mid);
        return w.toByteArray();
    }

    /** PidTagSourceKey: the replica GUID followed by the 6-byte global counter (an XID). */
    public static byte[] sourceKey(Mailbox mailbox, long id) {
        ByteWriter w = new ByteWriter(22);
        w.guid(mailbox.replicaGuid()).bytes(ExchangeIds.globalCounterBytes(ExchangeIds.globalCounter(id)));
        return w.toByteArray();
    }

    private static void globalId(ByteWriter w, Mailbox mailbox, long id) {
        w.guid(mailbox.replicaGuid()).bytes(ExchangeIds.globalCounterBytes(ExchangeIds.globalCounter(id))).u16(0);
    }
}
