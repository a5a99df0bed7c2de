package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * ResolveNames response body; MinimalIds holds one MId per name (MID_UNRESOLVED 0, MID_AMBIGUOUS 1, or the match), [MS-OXCMAPIHTTP] 2.2.5.14.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record ResolveNamesResponse(int statusCode, int errorCode, int codePage, Optional<List<Integer>> minimalIds,
        Optional<AddressBookPropertyRowSet> rowsAndColumns, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            w.i32(codePage);
            NspiFields.optionalMids(w, minimalIds);
            AddressBookPropertyRowSet.writeOptional(w, rowsAndColumns);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static ResolveNamesResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new ResolveNamesResponse(status, 0, 0, Optional.empty(), Optional.empty(), NspiFields.auxAndEnd(r, "ResolveNamesResponse"));
        }
        int error = r.i32();
        int codePage = r.i32();
        Optional<List<Integer>> mids = NspiFields.optionalMids(r, "MinimalIds");
        Optional<AddressBookPropertyRowSet> rows = AddressBookPropertyRowSet.readOptional(r, "RowsAndCols");
        return new ResolveNamesResponse(0, error, codePage, mids, rows, NspiFields.auxAndEnd(r, "ResolveNames response"));
    }
}
