package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetValidAttachments success response, [MS-OXCROPS] 2.2.6.18.2: the 32-bit ids of the message's attachments. */
public record RopGetValidAttachmentsResponse(int handleIndex, List<Integer> attachmentIds) implements RopResponse {

    public RopGetValidAttachmentsResponse {
        attachmentIds = FrozenList.copyOf(attachmentIds);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_VALID_ATTACHMENTS;
    }

    static RopGetValidAttachmentsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int count = in.u16();
        RopWire.requireItems(in, count, 4, "RopGetValidAttachments AttachmentIdArray");
        List<Integer> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(in.i32());
        }
        return new RopGetValidAttachmentsResponse(handleIndex, ids);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(attachmentIds.size(), "AttachmentIdCount"));
        attachmentIds.forEach(out::i32);
    }
}
