package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** ModLinkAtt request body (NspiModLinkAtt, [MS-OXNSPI] 3.1.4.1.15), [MS-OXCMAPIHTTP] 2.2.5.10.1. */
public record ModLinkAttRequest(int flags, PropertyTag propertyTag, int minimalId, Optional<List<AddressBookEntryId>> entryIds,
        AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(flags).i32(propertyTag.value()).i32(minimalId);
        NspiFields.has(w, entryIds.isPresent());
        entryIds.ifPresent(ids -> {
            w.i32(ids.size());
            ids.forEach(id -> w.bytes(id.raw()));
        });
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static ModLinkAttRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int flags = r.i32();
        PropertyTag tag = new PropertyTag(r.i32());
        int mid = r.i32();
        Optional<List<AddressBookEntryId>> ids = Optional.empty();
        if (NspiFields.has(r, "EntryIds")) {
            int count = NspiFields.count(r, 29, "EntryIdCount");
            List<AddressBookEntryId> list = new java.util.ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                list.add(AddressBookEntryId.read(r));
            }
            ids = Optional.of(List.copyOf(list));
        }
        return new ModLinkAttRequest(flags, tag, mid, ids, NspiFields.auxAndEnd(r, "ModLinkAtt request"));
    }
}
