package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * QueryColumns response body, [MS-OXCMAPIHTTP] 2.2.5.12.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record QueryColumnsResponse(int statusCode, int errorCode, Optional<List<PropertyTag>> columns, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            NspiFields.optionalTags(w, columns);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static QueryColumnsResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new QueryColumnsResponse(status, 0, Optional.empty(), NspiFields.auxAndEnd(r, "QueryColumnsResponse"));
        }
        int error = r.i32();
        return new QueryColumnsResponse(0, error, NspiFields.optionalTags(r, "Columns"),
                NspiFields.auxAndEnd(r, "QueryColumns response"));
    }
}
