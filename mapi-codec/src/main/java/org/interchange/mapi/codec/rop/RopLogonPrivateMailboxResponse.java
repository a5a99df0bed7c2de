package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopLogon success response for a private mailbox, [MS-OXCROPS] 2.2.3.1.2 (fields in [MS-OXCSTOR]
 * 2.2.1.1.3): the 13 folder ids in order Root, Deferred Action, Spooler Queue, IPM subtree, Inbox,
 * Outbox, Sent Items, Deleted Items, Common Views, Schedule, Search, Views, Shortcuts; then
 * ResponseFlags (0x01 Reserved, 0x02 OwnerRight, 0x04 SendAsRight, 0x10 OOF), MailboxGuid, ReplId,
 * ReplGuid, LogonTime, GwartTime (a FILETIME) and StoreState.
 */
public record RopLogonPrivateMailboxResponse(int handleIndex, int logonFlags, List<Long> folderIds,
                                             int responseFlags, UUID mailboxGuid, int replId, UUID replGuid,
                                             LogonTime logonTime, long gwartTime, int storeState)
        implements RopLogonResponse {

    public static final int ROOT = 0;
    public static final int DEFERRED_ACTION = 1;
    public static final int SPOOLER_QUEUE = 2;
    public static final int IPM_SUBTREE = 3;
    public static final int INBOX = 4;
    public static final int OUTBOX = 5;
    public static final int SENT_ITEMS = 6;
    public static final int DELETED_ITEMS = 7;
    public static final int COMMON_VIEWS = 8;
    public static final int SCHEDULE = 9;
    public static final int SEARCH = 10;
    public static final int VIEWS = 11;
    public static final int SHORTCUTS = 12;

    public RopLogonPrivateMailboxResponse {
        folderIds = RopLogonResponse.checkFolderIds(folderIds);
        Objects.requireNonNull(mailboxGuid, "mailboxGuid");
        Objects.requireNonNull(replGuid, "replGuid");
        Objects.requireNonNull(logonTime, "logonTime");
    }

    static RopLogonPrivateMailboxResponse decodeFields(ByteReader in, int handleIndex) {
        return new RopLogonPrivateMailboxResponse(handleIndex, in.u8(), RopLogonResponse.readFolderIds(in),
                in.u8(), in.guid(), in.u16(), in.guid(), LogonTime.decode(in), in.i64(), in.i32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(logonFlags, "LogonFlags"));
        folderIds.forEach(out::i64);
        out.u8(RopWire.u8(responseFlags, "ResponseFlags")).guid(mailboxGuid).u16(RopWire.u16(replId, "ReplId"))
                .guid(replGuid);
        logonTime.encode(out);
        out.i64(gwartTime).i32(storeState);
    }
}
