package org.interchange.mapi.server.rop.oxcmsg;

import java.util.List;
import org.interchange.mapi.codec.rop.RopGetAttachmentTableRequest;
import org.interchange.mapi.codec.rop.RopGetAttachmentTableResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;

/** RopGetAttachmentTable, [MS-OXCMSG] 3.2.5.11: a table with one row per attachment of the message. */
public final class GetAttachmentTableHandler implements RopHandler<RopGetAttachmentTableRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_ATTACHMENT_TABLE;
    }

    @Override
    public Class<RopGetAttachmentTableRequest> requestType() {
        return RopGetAttachmentTableRequest.class;
    }

    @Override
    public RopResponse handle(RopGetAttachmentTableRequest request, RopContext context) {
        MessageObject message = context.object(request.inputHandleIndex(), MessageObject.class);
        List<PropertySource> rows = message.attachments(context.store())
                .stream().map(ObjectProperties::attachment).toList();
        context.put(request.outputHandleIndex(), new TableObject(message.logon(), rows));
        return new RopGetAttachmentTableResponse(request.outputHandleIndex());
    }
}
