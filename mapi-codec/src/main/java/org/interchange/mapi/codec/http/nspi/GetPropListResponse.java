package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * GetPropList response body, [MS-OXCMAPIHTTP] 2.2.5.6.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record GetPropListResponse(int statusCode, int errorCode, Optional<List<PropertyTag>> propertyTags, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            NspiFields.optionalTags(w, propertyTags);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetPropListResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new GetPropListResponse(status, 0, Optional.empty(), NspiFields.auxAndEnd(r, "GetPropListResponse"));
        }
        int error = r.i32();
        return new GetPropListResponse(0, error, NspiFields.optionalTags(r, "PropertyTags"),
                NspiFields.auxAndEnd(r, "GetPropList response"));
    }
}
