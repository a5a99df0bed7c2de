package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * GetTemplateInfo response body, [MS-OXCMAPIHTTP] 2.2.5.9.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record GetTemplateInfoResponse(int statusCode, int errorCode, int codePage, Optional<List<PropertyValue>> row, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            w.i32(codePage);
            NspiFields.has(w, row.isPresent());
            row.ifPresent(v -> AddressBookValues.writeList(w, v));
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetTemplateInfoResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new GetTemplateInfoResponse(status, 0, 0, Optional.empty(), NspiFields.auxAndEnd(r, "GetTemplateInfoResponse"));
        }
        int error = r.i32();
        int codePage = r.i32();
        Optional<List<PropertyValue>> row = NspiFields.has(r, "Row")
                ? Optional.of(AddressBookValues.readList(r)) : Optional.empty();
        return new GetTemplateInfoResponse(0, error, codePage, row, NspiFields.auxAndEnd(r, "GetTemplateInfo response"));
    }
}
