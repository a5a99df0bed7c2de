package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * GetSpecialTable response body; each row is an AddressBookPropertyValueList, [MS-OXCMAPIHTTP] 2.2.5.8.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record GetSpecialTableResponse(int statusCode, int errorCode, int codePage, Optional<Integer> version, Optional<List<List<PropertyValue>>> rows,
        AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            w.i32(codePage);
            NspiFields.has(w, version.isPresent());
            version.ifPresent(w::i32);
            NspiFields.has(w, rows.isPresent());
            rows.ifPresent(list -> {
                w.i32(list.size());
                list.forEach(row -> AddressBookValues.writeList(w, row));
            });
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetSpecialTableResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new GetSpecialTableResponse(status, 0, 0, Optional.empty(), Optional.empty(), NspiFields.auxAndEnd(r, "GetSpecialTableResponse"));
        }
        int error = r.i32();
        int codePage = r.i32();
        Optional<Integer> version = NspiFields.has(r, "Version") ? Optional.of(r.i32()) : Optional.empty();
        Optional<List<List<PropertyValue>>> rows = Optional.empty();
        if (NspiFields.has(r, "Rows")) {
            int count = NspiFields.count(r, 4, "RowCount");
            List<List<PropertyValue>> list = new java.util.ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                list.add(AddressBookValues.readList(r));
            }
            rows = Optional.of(List.copyOf(list));
        }
        return new GetSpecialTableResponse(0, error, codePage, version, rows,
                NspiFields.auxAndEnd(r, "GetSpecialTable response"));
    }
}
