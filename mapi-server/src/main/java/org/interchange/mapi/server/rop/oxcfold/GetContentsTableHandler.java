package org.interchange.mapi.server.rop.oxcfold;

import java.util.Comparator;
import java.util.List;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetContentsTableResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.LazyMessageRow;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageSummary;

/**
 * RopGetContentsTable, [MS-OXCFOLD] 3.2.5.14: the messages of a folder, newest first, each row read
 * from the store only when asked for. The store holds no folder associated information, so the
 * Associated flag gives an empty table.
 */
public final class GetContentsTableHandler implements RopHandler<RopGetContentsTableRequest> {
    /** TableFlags Associated, [MS-OXCROPS] 2.2.4.14.1. */
    public static final int ASSOCIATED = 0x02;
    private static final Comparator<MessageSummary> NEWEST_FIRST = Comparator.comparing(MessageSummary::received)
            .thenComparingLong(MessageSummary::mid).reversed();

    @Override
    public RopId ropId() {
        return RopId.GET_CONTENTS_TABLE;
    }

    @Override
    public Class<RopGetContentsTableRequest> requestType() {
        return RopGetContentsTableRequest.class;
    }

    @Override
    public RopResponse handle(RopGetContentsTableRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, folder, MemberRights.READ_ANY);
        Mailbox mailbox = folder.logon().mailbox();
        long fid = folder.folder().fid();
        List<PropertySource> rows = (request.tableFlags() & ASSOCIATED) != 0 ? List.of()
                : context.store().messageSummaries(mailbox, fid).stream()
                        .filter(m -> !m.associated())
                        .sorted(NEWEST_FIRST)
                        .<PropertySource>map(m -> new LazyMessageRow(context.store(), mailbox, fid, m))
                        .toList();
        context.put(request.outputHandleIndex(), new TableObject(folder.logon(), rows));
        return new RopGetContentsTableResponse(request.outputHandleIndex(), rows.size());
    }
}
