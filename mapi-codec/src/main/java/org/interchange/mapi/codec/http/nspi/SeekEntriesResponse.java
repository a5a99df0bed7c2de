package org.interchange.mapi.codec.http.nspi;

import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * SeekEntries response body, [MS-OXCMAPIHTTP] 2.2.5.16.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record SeekEntriesResponse(int statusCode, int errorCode, Optional<Stat> state, Optional<AddressBookPropertyRowSet> columnsAndRows,
        AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            NspiFields.optionalStat(w, state);
            AddressBookPropertyRowSet.writeOptional(w, columnsAndRows);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static SeekEntriesResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new SeekEntriesResponse(status, 0, Optional.empty(), Optional.empty(), NspiFields.auxAndEnd(r, "SeekEntriesResponse"));
        }
        int error = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        Optional<AddressBookPropertyRowSet> rows = AddressBookPropertyRowSet.readOptional(r, "ColumnsAndRows");
        return new SeekEntriesResponse(0, error, state, rows, NspiFields.auxAndEnd(r, "SeekEntries response"));
    }
}
